import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  ChangePasswordBody,
  ConfirmedEmail,
  EmailChangeConfirmBody,
  Profile,
  Session,
  UpdateProfileBody,
} from "../../../shared/api/account.js";
import { IdParam } from "../../../shared/api/common.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../lib/http/responses.js";

const tags = ["Profile"];

export const getProfile = createRoute({
  method: "get",
  path: "/me/profile",
  tags,
  security: signedIn,
  summary: "Your name and e-mail, with a new e-mail waiting to be confirmed",
  responses: { 200: jsonContent(Profile, "Your profile."), 401: errors[401] },
});

export const updateProfile = createRoute({
  method: "patch",
  path: "/me/profile",
  tags,
  security: signedIn,
  summary:
    "Change your name, or your e-mail (with your current password; confirmed from a link mailed to it)",
  request: { body: jsonBody(UpdateProfileBody) },
  responses: {
    200: jsonContent(Profile, "Your profile: a new e-mail shows as waiting until confirmed."),
    400: errors[400],
    401: errors[401],
    409: errors[409],
    429: errors[429],
  },
});

export const changePassword = createRoute({
  method: "post",
  path: "/me/password",
  tags,
  security: signedIn,
  summary: "Change your password (the current one needed); your other sessions end",
  request: { body: jsonBody(ChangePasswordBody) },
  responses: { 204: NoContent, 400: errors[400], 401: errors[401], 429: errors[429] },
});

export const listSessions = createRoute({
  method: "get",
  path: "/me/sessions",
  tags,
  security: signedIn,
  summary: "Where you are logged in",
  responses: {
    200: jsonContent(z.array(Session), "Your sessions, most recently used first."),
    401: errors[401],
  },
});

export const endSession = createRoute({
  method: "delete",
  path: "/me/sessions/{id}",
  tags,
  security: signedIn,
  summary: "Log one of your other sessions out",
  request: { params: IdParam },
  responses: { 204: NoContent, 401: errors[401], 404: errors[404], 409: errors[409] },
});

export const endOtherSessions = createRoute({
  method: "delete",
  path: "/me/sessions",
  tags,
  security: signedIn,
  summary: "Log out everywhere but here",
  responses: { 204: NoContent, 401: errors[401] },
});

export const confirmEmail = createRoute({
  method: "post",
  path: "/auth/email-change/confirm",
  tags,
  summary: "Confirm a new e-mail from the link mailed to it (no sign-in needed)",
  request: { body: jsonBody(EmailChangeConfirmBody) },
  responses: {
    200: jsonContent(ConfirmedEmail, "The account logs in with this e-mail from now on."),
    400: errors[400],
    404: errors[404],
    409: errors[409],
    410: errors[410],
  },
});
