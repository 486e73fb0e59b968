import { useMutation, useQuery } from "@tanstack/react-query";
import { type CreateTaskFilterBody, TaskFilter, TaskFilterList } from "../../../shared/api/task-filters.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";

const key = ["task-filters"];
const changed = () => void queryClient.invalidateQueries({ queryKey: key });

/** The signed-in person's saved All tasks filters. */
export function useTaskFilters() {
  return useQuery({ queryKey: key, queryFn: () => api.get("/task-filters", TaskFilterList) });
}

export function useSaveTaskFilter() {
  return useMutation({
    mutationFn: (body: CreateTaskFilterBody) => api.post("/task-filters", body, TaskFilter),
    onSuccess: changed,
  });
}

export function useDeleteTaskFilter() {
  return useMutation({ mutationFn: (id: string) => api.delete(`/task-filters/${id}`), onSuccess: changed });
}
