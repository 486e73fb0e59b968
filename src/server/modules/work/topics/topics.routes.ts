import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { IdParam } from "../../../../shared/api/common.js";
import { CreateTopicBody, Topic, TopicList, UpdateTopicBody } from "../../../../shared/api/topics.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../../lib/http/responses.js";

const tags = ["Topics"];
const security = signedIn;

export const listTopics = createRoute({
  method: "get",
  path: "/topics",
  tags,
  security,
  summary: "The company's topics by name (archived ones with `includeArchived=true`)",
  request: {
    query: z.object({
      includeArchived: z
        .enum(["true", "false"], { message: "Use true or false." })
        .optional()
        .meta({ description: "`true`: the archived topics too." }),
    }),
  },
  responses: { 200: jsonContent(TopicList, "The topics."), 400: errors[400], 401: errors[401] },
});

export const createTopic = createRoute({
  method: "post",
  path: "/topics",
  tags,
  security,
  summary: "Add a topic (Owner or Admin)",
  request: { body: jsonBody(CreateTopicBody) },
  responses: {
    201: jsonContent(Topic, "The topic."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
  },
});

export const updateTopic = createRoute({
  method: "patch",
  path: "/topics/{id}",
  tags,
  security,
  summary: "Rename a topic, change whether its time is billable, archive or restore it (Owner or Admin)",
  request: { params: IdParam, body: jsonBody(UpdateTopicBody) },
  responses: {
    200: jsonContent(Topic, "The topic after the change."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const deleteTopic = createRoute({
  method: "delete",
  path: "/topics/{id}",
  tags,
  security,
  summary: "Delete a topic (Owner or Admin)",
  request: { params: IdParam },
  responses: { 204: NoContent, 401: errors[401], 403: errors[403], 404: errors[404] },
});
