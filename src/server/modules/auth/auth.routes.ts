import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  ApiToken,
  CreateApiTokenBody,
  CreatedApiToken,
  LoginBody,
  Me,
  SignupBody,
} from "../../../shared/api/auth.js";
import { IdParam } from "../../../shared/api/common.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../lib/http/responses.js";

const tags = ["Account"];

export const signup = createRoute({
  method: "post",
  path: "/auth/signup",
  tags,
  summary: "Create a company with yourself as its Company Owner",
  request: { body: jsonBody(SignupBody) },
  responses: {
    201: jsonContent(Me, "Signed up and signed in; sets the session cookie."),
    400: errors[400],
    409: errors[409],
  },
});

export const login = createRoute({
  method: "post",
  path: "/auth/login",
  tags,
  summary: "Log in",
  request: { body: jsonBody(LoginBody) },
  responses: {
    200: jsonContent(Me, "Signed in; sets the session cookie."),
    400: errors[400],
    401: errors[401],
    429: errors[429],
  },
});

export const logout = createRoute({
  method: "post",
  path: "/auth/logout",
  tags,
  summary: "Log out (ends this session)",
  responses: { 204: NoContent },
});

export const me = createRoute({
  method: "get",
  path: "/me",
  tags,
  summary: "The signed-in user, role and company with its plan",
  security: signedIn,
  responses: { 200: jsonContent(Me, "Who is signed in."), 401: errors[401] },
});

export const listTokens = createRoute({
  method: "get",
  path: "/auth/tokens",
  tags,
  summary: "Your personal API tokens",
  security: signedIn,
  responses: { 200: jsonContent(z.array(ApiToken), "Active tokens, newest first."), 401: errors[401] },
});

export const createToken = createRoute({
  method: "post",
  path: "/auth/tokens",
  tags,
  summary: "Create a personal API token for scripts (sent as Authorization: Bearer)",
  security: signedIn,
  request: { body: jsonBody(CreateApiTokenBody) },
  responses: {
    201: jsonContent(CreatedApiToken, "The token, shown only this once."),
    400: errors[400],
    401: errors[401],
  },
});

export const revokeToken = createRoute({
  method: "delete",
  path: "/auth/tokens/{id}",
  tags,
  summary: "Revoke a personal API token",
  security: signedIn,
  request: { params: IdParam },
  responses: { 204: NoContent, 401: errors[401], 404: errors[404] },
});
