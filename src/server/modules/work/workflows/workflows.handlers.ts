import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../app-env.js";
import { AppError } from "../../../lib/errors.js";
import { assertCanManage } from "../../auth/authenticate.js";
import { applyWorkflowTemplate as apply } from "./apply-workflow-template.js";
import { cloneWorkflowTemplate as clone } from "./clone-workflow-template.js";
import { createWorkflowTemplate as create } from "./create-workflow-template.js";
import { deleteWorkflowTemplate as destroy } from "./delete-workflow-template.js";
import { getWorkflowTemplate as get } from "./get-workflow-template.js";
import { listClientWorkflows as listForClient } from "./list-client-workflows.js";
import { listWorkflowTemplates as list } from "./list-workflow-templates.js";
import { previewDueDates as preview } from "./preview-due-dates.js";
import { removeClientWorkflow as remove } from "./remove-client-workflow.js";
import { updateClientWorkflow as editForClient } from "./update-client-workflow.js";
import { updateWorkflowTemplate as edit } from "./update-workflow-template.js";
import { uploadWorkflowTemplate as upload } from "./upload-workflow-template.js";
import type * as routes from "./workflows.routes.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;
const now = (c: { get(key: "deps"): { clock: { now(): Date } } }) => c.get("deps").clock.now();

export const listWorkflowTemplates: Handler<"listWorkflowTemplates"> = async (c) =>
  c.json(await list(c.get("scope"), { includeHidden: c.req.valid("query").includeHidden, now: now(c) }), 200);

export const createWorkflowTemplate: Handler<"createWorkflowTemplate"> = async (c) => {
  assertCanManage(c.get("auth"));
  return c.json(await create(c.get("scope"), { template: c.req.valid("json"), now: now(c) }), 201);
};

export const getWorkflowTemplate: Handler<"getWorkflowTemplate"> = async (c) =>
  c.json(await get(c.get("scope"), c.req.valid("param").id), 200);

export const updateWorkflowTemplate: Handler<"updateWorkflowTemplate"> = async (c) => {
  assertCanManage(c.get("auth"));
  const input = { id: c.req.valid("param").id, changes: c.req.valid("json"), now: now(c) };
  return c.json(await edit(c.get("scope"), input), 200);
};

export const deleteWorkflowTemplate: Handler<"deleteWorkflowTemplate"> = async (c) => {
  assertCanManage(c.get("auth"));
  await destroy(c.get("scope"), { id: c.req.valid("param").id, now: now(c) });
  return c.body(null, 204);
};

export const cloneWorkflowTemplate: Handler<"cloneWorkflowTemplate"> = async (c) => {
  assertCanManage(c.get("auth"));
  return c.json(await clone(c.get("scope"), { id: c.req.valid("param").id, now: now(c) }), 201);
};

export const applyWorkflowTemplate: Handler<"applyWorkflowTemplate"> = async (c) => {
  assertCanManage(c.get("auth"));
  const body = c.req.valid("json");
  const input = { templateId: c.req.valid("param").id, ...body, now: now(c) };
  return c.json(await apply(c.get("scope"), input), 200);
};

export const previewDueDates: Handler<"previewDueDates"> = async (c) =>
  c.json(await preview(c.get("scope"), { schedule: c.req.valid("json"), now: now(c) }), 200);

export const listClientWorkflows: Handler<"listClientWorkflows"> = async (c) =>
  c.json(await listForClient(c.get("scope"), { clientId: c.req.valid("param").id, now: now(c) }), 200);

export const updateClientWorkflow: Handler<"updateClientWorkflow"> = async (c) => {
  assertCanManage(c.get("auth"));
  const { id, workflowId } = c.req.valid("param");
  const input = { clientId: id, workflowId, tasks: c.req.valid("json").tasks, now: now(c) };
  return c.json(await editForClient(c.get("scope"), input), 200);
};

export const removeClientWorkflow: Handler<"removeClientWorkflow"> = async (c) => {
  assertCanManage(c.get("auth"));
  const { id, workflowId } = c.req.valid("param");
  return c.json(await remove(c.get("scope"), { clientId: id, workflowId, now: now(c) }), 200);
};

export const uploadWorkflowTemplate: Handler<"uploadWorkflowTemplate"> = async (c) => {
  assertCanManage(c.get("auth"));
  const { file, name } = c.req.valid("form");
  if (!(file instanceof File)) {
    const message = "Choose a CSV or Excel (.xlsx) file.";
    throw new AppError("validation_failed", message, [{ field: "file", message }]);
  }
  const input = { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, name, now: now(c) };
  return c.json(await upload(c.get("scope"), input), 201);
};
