import { useMutation, useQuery } from "@tanstack/react-query";
import { TaskSettings } from "../../../shared/api/task-settings.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

export function useTaskSettings() {
  return useQuery({
    queryKey: queryKeys.taskSettings,
    queryFn: () => api.get("/company/task-settings", TaskSettings),
  });
}

export function useSaveTaskSettings() {
  return useMutation({
    mutationFn: (input: TaskSettings) => api.put("/company/task-settings", input, TaskSettings),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.taskSettings, settings),
  });
}
