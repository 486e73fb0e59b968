import { createRoute, z } from "@hono/zod-openapi";
import { IdParam } from "../../../../shared/api/common.js";
import {
  ApplyWorkflowBody,
  ApplyWorkflowResult,
  ClientWorkflow,
  ClientWorkflowList,
  CreateWorkflowTemplateBody,
  DueDatesPreview,
  DueDatesPreviewBody,
  RemoveClientWorkflowResult,
  UpdateClientWorkflowBody,
  UpdateWorkflowTemplateBody,
  UploadWorkflowTemplateResult,
  WorkflowTemplate,
  WorkflowTemplateList,
  WorkflowTemplateListQuery,
} from "../../../../shared/api/workflows.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../../lib/http/responses.js";

const tags = ["Workflows"];
const security = signedIn;
const common = { 400: errors[400], 401: errors[401] };
const managed = { 403: errors[403], 404: errors[404], ...common };
const ClientWorkflowParams = z.object({
  id: z.uuid({ message: "Not a valid client id." }),
  workflowId: z.uuid({ message: "Not a valid workflow id." }),
});

export const listWorkflowTemplates = createRoute({
  method: "get",
  path: "/workflow-templates",
  tags,
  security,
  summary:
    "Workflow templates: built-in ones first, then the company's own (hidden ones with includeHidden=true)",
  request: { query: WorkflowTemplateListQuery },
  responses: { 200: jsonContent(WorkflowTemplateList, "The templates."), ...common },
});

export const createWorkflowTemplate = createRoute({
  method: "post",
  path: "/workflow-templates",
  tags,
  security,
  summary: "A new template: its recurring tasks with their due-date rules (Owner or Admin)",
  request: { body: jsonBody(CreateWorkflowTemplateBody) },
  responses: { 201: jsonContent(WorkflowTemplate, "The template."), 403: errors[403], ...common },
});

export const getWorkflowTemplate = createRoute({
  method: "get",
  path: "/workflow-templates/{id}",
  tags,
  security,
  summary: "A template",
  request: { params: IdParam },
  responses: { 200: jsonContent(WorkflowTemplate, "The template."), 404: errors[404], ...common },
});

export const updateWorkflowTemplate = createRoute({
  method: "patch",
  path: "/workflow-templates/{id}",
  tags,
  security,
  summary: "Change a template, or hide or show it; a built-in one can only be hidden (Owner or Admin)",
  request: { params: IdParam, body: jsonBody(UpdateWorkflowTemplateBody) },
  responses: { 200: jsonContent(WorkflowTemplate, "The template."), 409: errors[409], ...managed },
});

export const deleteWorkflowTemplate = createRoute({
  method: "delete",
  path: "/workflow-templates/{id}",
  tags,
  security,
  summary: "Delete a template; clients that have it keep it as their own copy (Owner or Admin)",
  request: { params: IdParam },
  responses: { 204: NoContent, 409: errors[409], ...managed },
});

export const cloneWorkflowTemplate = createRoute({
  method: "post",
  path: "/workflow-templates/{id}/clone",
  tags,
  security,
  summary: "Copy a template (built-in ones included) to change it (Owner or Admin)",
  request: { params: IdParam },
  responses: { 201: jsonContent(WorkflowTemplate, "The copy."), ...managed },
});

export const applyWorkflowTemplate = createRoute({
  method: "post",
  path: "/workflow-templates/{id}/apply",
  tags,
  security,
  summary: "Apply a template to clients; their tasks due within 45 days are made at once (Owner or Admin)",
  request: { params: IdParam, body: jsonBody(ApplyWorkflowBody) },
  responses: { 200: jsonContent(ApplyWorkflowResult, "What was applied and made."), ...managed },
});

export const previewDueDates = createRoute({
  method: "post",
  path: "/workflow-templates/due-dates",
  tags,
  security,
  summary: "The next three deadlines of a recurrence and due-date rule, with the company calendar",
  request: { body: jsonBody(DueDatesPreviewBody) },
  responses: { 200: jsonContent(DueDatesPreview, "The next deadlines."), ...common },
});

export const listClientWorkflows = createRoute({
  method: "get",
  path: "/clients/{id}/workflows",
  tags,
  security,
  summary: "A client's workflows, each task with its next deadline",
  request: { params: IdParam },
  responses: { 200: jsonContent(ClientWorkflowList, "The client's workflows."), 404: errors[404], ...common },
});

export const updateClientWorkflow = createRoute({
  method: "patch",
  path: "/clients/{id}/workflows/{workflowId}",
  tags,
  security,
  summary:
    "Give the client its own copy of a workflow's tasks, or follow the template again (Owner or Admin)",
  request: { params: ClientWorkflowParams, body: jsonBody(UpdateClientWorkflowBody) },
  responses: { 200: jsonContent(ClientWorkflow, "The workflow."), 409: errors[409], ...managed },
});

export const removeClientWorkflow = createRoute({
  method: "delete",
  path: "/clients/{id}/workflows/{workflowId}",
  tags,
  security,
  summary:
    "Take a workflow off a client: its future tasks not done go, past and done ones stay (Owner or Admin)",
  request: { params: ClientWorkflowParams },
  responses: { 200: jsonContent(RemoveClientWorkflowResult, "How many tasks were removed."), ...managed },
});

/** The file's content is checked by the use case (size, type, rows), so a bad one is reported in words. */
const UploadWorkflowTemplateForm = z.object({
  // Checked in the handler: a missing part would otherwise get zod's own words.
  file: z
    .any()
    .optional()
    .meta({ type: "string", format: "binary", description: "A .csv or .xlsx file, at most 1 MB." }),
  name: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .optional()
    .meta({ description: "The template's name; without it, the file's name." }),
});

export const uploadWorkflowTemplate = createRoute({
  method: "post",
  path: "/workflow-templates/upload",
  tags,
  security,
  summary:
    "A template from a CSV or XLSX file, one row per task; the rows not taken are listed with the reason (Owner or Admin)",
  request: {
    body: { content: { "multipart/form-data": { schema: UploadWorkflowTemplateForm } }, required: true },
  },
  responses: {
    201: jsonContent(UploadWorkflowTemplateResult, "The template, and the rows not taken."),
    403: errors[403],
    ...common,
  },
});
