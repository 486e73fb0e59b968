import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import {
  type BulkTasksBody,
  BulkTasksResult,
  type CreateTaskBody,
  Task,
  TaskHistory,
  TaskList,
  type UpdateTaskBody,
} from "../../../shared/api/tasks.js";
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

/** One task (its page). */
export function useTask(id: string) {
  return useQuery({ queryKey: queryKeys.task(id), queryFn: () => api.get(`/tasks/${id}`, Task) });
}

function saved(task: Task) {
  queryClient.setQueryData(queryKeys.task(task.id), task);
  void queryClient.invalidateQueries({ queryKey: [...queryKeys.tasks, "list"] });
  void queryClient.invalidateQueries({ queryKey: queryKeys.taskHistory(task.id) });
}

const changed = () => void queryClient.invalidateQueries({ queryKey: queryKeys.tasks });

export function useUpdateTask(id: string) {
  return useMutation({
    mutationFn: (changes: UpdateTaskBody) => api.patch(`/tasks/${id}`, changes, Task),
    onSuccess: saved,
  });
}

export function usePostponeTask(id: string) {
  return useMutation({
    mutationFn: (to: string) => api.post(`/tasks/${id}/postpone`, { to }, Task),
    onSuccess: saved,
  });
}

export async function deleteTask(id: string): Promise<void> {
  await api.delete(`/tasks/${id}`);
  queryClient.removeQueries({ queryKey: queryKeys.task(id) });
  changed();
}

export function useCreateTask() {
  return useMutation({
    mutationFn: (input: CreateTaskBody) => api.post("/tasks", input, Task),
    onSuccess: changed,
  });
}

export function useMarkTaskDone() {
  return useMutation({
    mutationFn: (id: string) => api.post(`/tasks/${id}/done`, undefined, Task),
    onSuccess: saved,
  });
}

/** Move to later: the task is picked up on `until` (its start date); the deadline stays. */
export function useMoveTaskToLater(id: string) {
  return useMutation({
    mutationFn: (until: string) => api.post(`/tasks/${id}/later`, { until }, Task),
    onSuccess: saved,
  });
}

/** A task's history, newest first. */
export function useTaskHistory(id: string) {
  return useQuery({
    queryKey: queryKeys.taskHistory(id),
    queryFn: () => api.get(`/tasks/${id}/history`, TaskHistory),
  });
}

/** Reassign, mark done or postpone many tasks; each has its own result. */
export function useBulkTasks() {
  return useMutation({
    mutationFn: (body: BulkTasksBody) => api.post("/tasks/bulk", body, BulkTasksResult),
    onSuccess: changed,
  });
}
