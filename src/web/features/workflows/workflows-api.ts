import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import {
  type ApplyWorkflowBody,
  ApplyWorkflowResult,
  ClientWorkflow,
  ClientWorkflowList,
  type CreateWorkflowTemplateBody,
  DueDatesPreview,
  RemoveClientWorkflowResult,
  type UpdateClientWorkflowBody,
  type UpdateWorkflowTemplateBody,
  UploadWorkflowTemplateResult,
  WorkflowTemplate,
  WorkflowTemplateList,
} from "../../../shared/api/workflows.js";
import type { Schedule } from "../../../shared/calendar/schedule.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

/** Templates and client workflows load again; applying or removing one also changes tasks. */
function refresh() {
  void queryClient.invalidateQueries({ queryKey: queryKeys.workflows });
  void queryClient.invalidateQueries({ queryKey: queryKeys.tasks });
}

export function useWorkflowTemplates(includeHidden = false) {
  return useQuery({
    queryKey: queryKeys.workflowTemplates(includeHidden),
    queryFn: () => api.get(`/workflow-templates?includeHidden=${includeHidden}`, WorkflowTemplateList),
    placeholderData: keepPreviousData,
  });
}

export function useWorkflowTemplate(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.workflowTemplate(id ?? ""),
    queryFn: () => api.get(`/workflow-templates/${id}`, WorkflowTemplate),
    enabled: id !== undefined,
  });
}

export function useCreateWorkflowTemplate() {
  return useMutation({
    mutationFn: (body: CreateWorkflowTemplateBody) => api.post("/workflow-templates", body, WorkflowTemplate),
    onSuccess: refresh,
  });
}

export function useUpdateWorkflowTemplate() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateWorkflowTemplateBody }) =>
      api.patch(`/workflow-templates/${id}`, body, WorkflowTemplate),
    onSuccess: (template) => {
      queryClient.setQueryData(queryKeys.workflowTemplate(template.id), template);
      refresh();
    },
  });
}

export function useDeleteWorkflowTemplate() {
  return useMutation({
    mutationFn: (id: string) => api.delete(`/workflow-templates/${id}`),
    onSuccess: refresh,
  });
}

export function useCloneWorkflowTemplate() {
  return useMutation({
    mutationFn: (id: string) => api.post(`/workflow-templates/${id}/clone`, undefined, WorkflowTemplate),
    onSuccess: refresh,
  });
}

export function useApplyWorkflow() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ApplyWorkflowBody }) =>
      api.post(`/workflow-templates/${id}/apply`, body, ApplyWorkflowResult),
    onSuccess: refresh,
  });
}

export function useUploadWorkflowTemplate() {
  return useMutation({
    mutationFn: ({ file, name }: { file: File; name: string }) => {
      const form = new FormData();
      form.set("file", file);
      if (name.trim()) form.set("name", name.trim());
      return api.postForm("/workflow-templates/upload", form, UploadWorkflowTemplateResult);
    },
    onSuccess: refresh,
  });
}

/** The next deadlines of a schedule with the company's calendar; null while the rule is incomplete. */
export function useDueDates(schedule: Schedule | null) {
  const key = schedule ? JSON.stringify(schedule) : "";
  return useQuery({
    queryKey: queryKeys.dueDates(key),
    queryFn: () => api.post("/workflow-templates/due-dates", schedule, DueDatesPreview),
    enabled: schedule !== null,
    staleTime: 60_000,
    retry: false,
  });
}

export function useClientWorkflows(clientId: string) {
  return useQuery({
    queryKey: queryKeys.clientWorkflows(clientId),
    queryFn: () => api.get(`/clients/${clientId}/workflows`, ClientWorkflowList),
  });
}

export function useUpdateClientWorkflow(clientId: string) {
  return useMutation({
    mutationFn: ({ workflowId, body }: { workflowId: string; body: UpdateClientWorkflowBody }) =>
      api.patch(`/clients/${clientId}/workflows/${workflowId}`, body, ClientWorkflow),
    onSuccess: refresh,
  });
}

export function useRemoveClientWorkflow(clientId: string) {
  return useMutation({
    mutationFn: (workflowId: string) =>
      api.deleteFor(`/clients/${clientId}/workflows/${workflowId}`, RemoveClientWorkflowResult),
    onSuccess: refresh,
  });
}
