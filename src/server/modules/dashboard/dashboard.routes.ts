import { createRoute } from "@hono/zod-openapi";
import { Dashboard } from "../../../shared/api/dashboard.js";
import { errors, jsonContent, signedIn } from "../../lib/http/responses.js";

export const getDashboard = createRoute({
  method: "get",
  path: "/dashboard",
  tags: ["Company"],
  security: signedIn,
  summary: "The firm's numbers: active clients, those linked to Xero, the last import",
  responses: { 200: jsonContent(Dashboard, "The numbers, for everyone in the company."), 401: errors[401] },
});
