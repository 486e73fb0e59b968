import { createRoute } from "@hono/zod-openapi";
import { CalendarDays, CalendarQuery } from "../../../../shared/api/calendar.js";
import { errors, jsonContent, signedIn } from "../../../lib/http/responses.js";

export const listCalendar = createRoute({
  method: "get",
  path: "/calendar",
  tags: ["Tasks"],
  security: signedIn,
  summary:
    "The month calendar: tasks by their deadline day (at most 62 days at once), filtered by assignee, client and topic",
  request: { query: CalendarQuery },
  responses: {
    200: jsonContent(CalendarDays, "Each day with its items."),
    400: errors[400],
    401: errors[401],
  },
});
