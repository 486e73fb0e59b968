import { useMutation, useQuery } from "@tanstack/react-query";
import { TaskField, TaskFieldList } from "../../../shared/api/task-fields.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

const key = ["task-fields"];
// Tasks show every field by name: a change to the fields changes them too.
const changed = () => {
  void queryClient.invalidateQueries({ queryKey: key });
  void queryClient.invalidateQueries({ queryKey: queryKeys.tasks });
};

export function useTaskFields() {
  return useQuery({ queryKey: key, queryFn: () => api.get("/task-fields", TaskFieldList) });
}

export function useAddTaskField() {
  return useMutation({
    mutationFn: (name: string) => api.post("/task-fields", { name }, TaskField),
    onSuccess: changed,
  });
}

export function useRenameTaskField() {
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      api.patch(`/task-fields/${id}`, { name }, TaskField),
    onSuccess: changed,
  });
}

export async function deleteTaskField(id: string): Promise<void> {
  await api.delete(`/task-fields/${id}`);
  changed();
}
