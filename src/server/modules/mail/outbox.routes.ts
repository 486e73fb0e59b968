import { createRoute } from "@hono/zod-openapi";
import { Outbox } from "../../../shared/api/outbox.js";
import { errors, jsonContent, signedIn } from "../../lib/http/responses.js";

export const listOutbox = createRoute({
  method: "get",
  path: "/outbox",
  tags: ["Mail"],
  security: signedIn,
  summary: "The mail Kontor kept instead of sending it, when no SMTP server is set (Owner or Admin)",
  responses: {
    200: jsonContent(Outbox, "How mail leaves Kontor, and the company's kept mail."),
    401: errors[401],
    403: errors[403],
  },
});
