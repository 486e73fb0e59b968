import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { type CreateTaskBody, Task, TaskList } from "../../../shared/api/tasks.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

/** A list of tasks, e.g. `assignee=me&status=open&limit=200`. */
export function useTasks(query: string) {
  return useQuery({
    queryKey: queryKeys.taskList(query),
    queryFn: () => api.get(`/tasks?${query}`, TaskList),
    placeholderData: keepPreviousData,
  });
}

const changed = () => void queryClient.invalidateQueries({ queryKey: queryKeys.tasks });

export function useCreateTask() {
  return useMutation({
    mutationFn: (input: CreateTaskBody) => api.post("/tasks", input, Task),
    onSuccess: changed,
  });
}

export function useMarkTaskDone() {
  return useMutation({
    mutationFn: (id: string) => api.post(`/tasks/${id}/done`, undefined, Task),
    onSuccess: changed,
  });
}
