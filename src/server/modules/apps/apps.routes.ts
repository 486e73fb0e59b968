import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AppParam, AppState } from "../../../shared/api/apps.js";
import { errors, jsonContent, signedIn } from "../../lib/http/responses.js";

const tags = ["Settings & Apps"];
const AppList = z.array(AppState);

export const listApps = createRoute({
  method: "get",
  path: "/apps",
  tags,
  security: signedIn,
  summary: "Apps with their state for the company",
  responses: {
    200: jsonContent(AppList, "Billing and Xero, enabled or not, and whether the plan includes them."),
    401: errors[401],
  },
});

export const enableApp = createRoute({
  method: "post",
  path: "/apps/{app}/enable",
  tags,
  security: signedIn,
  summary: "Enable an app (Owner or Admin; needs the Team or Elite plan)",
  request: { params: AppParam },
  responses: {
    200: jsonContent(AppList, "All apps after the change."),
    400: errors[400],
    401: errors[401],
    402: errors[402],
    403: errors[403],
  },
});

export const disableApp = createRoute({
  method: "post",
  path: "/apps/{app}/disable",
  tags,
  security: signedIn,
  summary: "Disable an app (Owner or Admin). Data already in Kontor stays.",
  request: { params: AppParam },
  responses: {
    200: jsonContent(AppList, "All apps after the change."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});
