import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  LinkToken,
  PasswordResetBody,
  PasswordResetConfirmBody,
  PasswordResetInfo,
} from "../../../shared/api/account.js";
import { Me } from "../../../shared/api/auth.js";
import { errors, jsonBody, jsonContent } from "../../lib/http/responses.js";

const tags = ["Account"];

export const requestReset = createRoute({
  method: "post",
  path: "/auth/password-reset",
  tags,
  summary: "Forgot password: mail a link to choose a new one (valid one hour, once)",
  request: { body: jsonBody(PasswordResetBody) },
  responses: {
    202: {
      description:
        "Taken. The same answer whether or not the address has an account; a mail goes only to one that has.",
    },
    400: errors[400],
    429: errors[429],
  },
});

export const getReset = createRoute({
  method: "get",
  path: "/auth/password-reset/{token}",
  tags,
  summary: "Which account a password reset link is for, while it can be used",
  request: { params: z.object({ token: LinkToken }) },
  responses: {
    200: jsonContent(PasswordResetInfo, "The link can be used."),
    400: errors[400],
    404: errors[404],
    410: errors[410],
  },
});

export const confirmReset = createRoute({
  method: "post",
  path: "/auth/password-reset/confirm",
  tags,
  summary: "Set a new password from a reset link: ends every session of the account, then signs you in",
  request: { body: jsonBody(PasswordResetConfirmBody) },
  responses: {
    200: jsonContent(Me, "Signed in with the new password; sets the session cookie."),
    400: errors[400],
    404: errors[404],
    410: errors[410],
  },
});
