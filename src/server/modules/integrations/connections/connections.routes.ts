import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AuthorizeAnswer, ChooseOrganisationBody, Connection } from "../../../../shared/api/integrations.js";
import { errors, jsonBody, jsonContent, signedIn } from "../../../lib/http/responses.js";
import { PROVIDERS } from "../accounting-provider.js";

const tags = ["Accounting integrations"];
const ProviderParam = z.object({
  provider: z.enum(PROVIDERS, { message: `Unknown integration. Known: ${PROVIDERS.join(", ")}.` }),
});
const integrationErrors = { 409: errors[409], 502: errors[502] };

export const getConnection = createRoute({
  method: "get",
  path: "/integrations/{provider}",
  tags,
  security: signedIn,
  summary: "The connection: status, billing organisation (tenant) and every organisation reached",
  request: { params: ProviderParam },
  responses: { 200: jsonContent(Connection, "The connection."), 400: errors[400], 401: errors[401] },
});

export const authorize = createRoute({
  method: "post",
  path: "/integrations/{provider}/authorize",
  tags,
  security: signedIn,
  summary: "Start authorising Kontor (Owner or Admin): answers the login and consent page's URL",
  request: { params: ProviderParam },
  responses: {
    200: jsonContent(AuthorizeAnswer, "Send the browser here."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    ...integrationErrors,
  },
});

export const callback = createRoute({
  method: "get",
  path: "/integrations/{provider}/callback",
  tags,
  summary: "Where the accounting system sends the browser back (OAuth redirect URI)",
  description:
    "Redirects to Settings & Apps, `/apps?xero=connected|choose|switch` (with `organisation` for a proposed switch) " +
    "or `/apps?xero_error=<code>`.",
  request: {
    params: ProviderParam,
    query: z.object({
      code: z.string().max(2000).optional(),
      state: z.string().max(200).optional(),
      error: z.string().max(200).optional(),
      error_description: z.string().max(2000).optional(),
    }),
  },
  responses: { 302: { description: "Back to Settings & Apps with the outcome." }, 400: errors[400] },
});

export const chooseOrganisation = createRoute({
  method: "post",
  path: "/integrations/{provider}/tenant",
  tags,
  security: signedIn,
  summary: "Choose the billing organisation among those connected (Owner or Admin)",
  request: { params: ProviderParam, body: jsonBody(ChooseOrganisationBody) },
  responses: {
    200: jsonContent(Connection, "The connection after the change."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const disconnect = createRoute({
  method: "post",
  path: "/integrations/{provider}/disconnect",
  tags,
  security: signedIn,
  summary: "Disconnect (Owner or Admin): revokes Kontor's token; data already in Kontor stays",
  request: { params: ProviderParam },
  responses: {
    200: jsonContent(Connection, "The connection, now disconnected."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    ...integrationErrors,
  },
});

export const check = createRoute({
  method: "post",
  path: "/integrations/{provider}/check",
  tags,
  security: signedIn,
  summary: "Test connection: one light call; a revoked grant shows as needs_reauth",
  request: { params: ProviderParam },
  responses: {
    200: jsonContent(Connection, "The connection as the call found it."),
    400: errors[400],
    401: errors[401],
    ...integrationErrors,
  },
});
