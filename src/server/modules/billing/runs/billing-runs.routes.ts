import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  BillingRun,
  BillingRunPreview,
  BillingRunPreviewQuery,
  StartBillingRunBody,
} from "../../../../shared/api/contracts.js";
import { errors, jsonBody, jsonContent, signedIn } from "../../../lib/http/responses.js";

const tags = ["Automated billing"];
const security = signedIn;
const common = { 400: errors[400], 401: errors[401], 402: errors[402], 404: errors[404], 409: errors[409] };

export const startBillingRun = createRoute({
  method: "post",
  path: "/billing/runs",
  tags,
  security,
  summary:
    "Create invoices for a period (Owner or Admin): one In progress invoice per client for its contract lines due then and not billed yet",
  request: { body: jsonBody(StartBillingRunBody) },
  responses: {
    202: jsonContent(z.object({ id: z.uuid() }), "Started; follow it at GET /billing/runs/{id}."),
    403: errors[403],
    ...common,
  },
});

/** Before GET /billing/runs/{id}, which would take "preview" for an id. */
export const previewBillingRun = createRoute({
  method: "get",
  path: "/billing/runs/preview",
  tags,
  security,
  summary:
    "What creating invoices for a period would make (Owner or Admin), writing nothing: the invoices per client, the clients billed already, and the problems",
  request: { query: BillingRunPreviewQuery },
  responses: { 200: jsonContent(BillingRunPreview, "The preview."), 403: errors[403], ...common },
});

export const getBillingRun = createRoute({
  method: "get",
  path: "/billing/runs/{id}",
  tags,
  security,
  summary: "A billing run: status, progress, invoices made and clients billed already",
  request: { params: z.object({ id: z.uuid({ message: "Not a valid billing run id." }) }) },
  responses: { 200: jsonContent(BillingRun, "The run."), ...common },
});
