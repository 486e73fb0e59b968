import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  ConfirmImportBody,
  ImportRun,
  ImportRunQuery,
  StartedImport,
} from "../../../../shared/api/imports.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../../lib/http/responses.js";
import { PROVIDERS } from "../accounting-provider.js";

const tags = ["Accounting integrations"];
const security = signedIn;
const Provider = z.enum(PROVIDERS, { message: `Unknown integration. Known: ${PROVIDERS.join(", ")}.` });
const RunParams = z.object({ provider: Provider, id: z.uuid({ message: "Not a valid import id." }) });

export const startImport = createRoute({
  method: "post",
  path: "/integrations/{provider}/imports",
  tags,
  security,
  summary: "Import clients: start fetching the preview (Owner or Admin)",
  request: { params: z.object({ provider: Provider }) },
  responses: {
    202: jsonContent(StartedImport, "Started; follow it at GET …/imports/{id}."),
    401: errors[401],
    403: errors[403],
    409: errors[409],
  },
});

export const latestImport = createRoute({
  method: "get",
  path: "/integrations/{provider}/imports/latest",
  tags,
  security,
  summary: "The company's latest client import, with its preview or summary",
  request: { params: z.object({ provider: Provider }), query: ImportRunQuery },
  responses: { 200: jsonContent(ImportRun, "The latest import."), 401: errors[401], 404: errors[404] },
});

export const getImport = createRoute({
  method: "get",
  path: "/integrations/{provider}/imports/{id}",
  tags,
  security,
  summary: "A client import: status, progress, candidates (new / existing / ambiguous) and summary",
  request: { params: RunParams, query: ImportRunQuery },
  responses: {
    200: jsonContent(ImportRun, "The import."),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

export const confirmImport = createRoute({
  method: "post",
  path: "/integrations/{provider}/imports/{id}/confirm",
  tags,
  security,
  summary: "Confirm: import the selected contacts (Owner or Admin)",
  request: { params: RunParams, body: jsonBody(ConfirmImportBody) },
  responses: {
    202: jsonContent(StartedImport, "Importing; follow it at GET …/imports/{id}."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const resumeImport = createRoute({
  method: "post",
  path: "/integrations/{provider}/imports/{id}/resume",
  tags,
  security,
  summary: "Resume an import that failed or stopped (Owner or Admin)",
  request: { params: RunParams },
  responses: {
    202: jsonContent(StartedImport, "Resumed."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const discardImport = createRoute({
  method: "post",
  path: "/integrations/{provider}/imports/{id}/discard",
  tags,
  security,
  summary: "Discard an import waiting for review: nothing is imported (Owner or Admin)",
  request: { params: RunParams },
  responses: {
    204: NoContent,
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});
