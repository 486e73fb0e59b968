import { createRoute } from "@hono/zod-openapi";
import { Support } from "../../../shared/api/support.js";
import { jsonContent } from "../../lib/http/responses.js";

export const getSupport = createRoute({
  method: "get",
  path: "/support",
  tags: ["Kontor"],
  summary: "How to reach the people who run this Kontor (no sign-in needed)",
  responses: { 200: jsonContent(Support, "The support address, if one is set.") },
});
