import { Hono } from "hono";
import { problem } from "../accounting/errors.js";
import { connectionDate, tokenExpiryString } from "../accounting/xero-date.js";
import type { SandboxContext, SandboxEnv } from "../http.js";
import type { ConnectionRecord, GrantRecord } from "../identity/records.js";
import { lookupBearer } from "../identity/tokens.js";
import type { SandboxState } from "../state.js";

/**
 * api.xero.com/connections: the organisations the token's user has connected to the app.
 * DELETE takes a connection id; a tenant id there is refused with 403, as at Xero.
 */
export function connectionsRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  const authenticate = (c: SandboxContext): GrantRecord | Response => {
    const bearer = lookupBearer(state, c.req.header("authorization"));
    if (bearer.kind === "expired")
      return problem(401, `TokenExpired: token expired at ${tokenExpiryString(bearer.expiresAt)}`);
    if (bearer.kind === "invalid") return problem(401, "AuthenticationUnsuccessful");
    c.set("clientId", bearer.grant.clientId);
    return bearer.grant;
  };
  const mine = (grant: GrantRecord) =>
    [...state.connections.values()].filter(
      (x) => x.userEmail === grant.userEmail && x.clientId === grant.clientId,
    );

  app.get("/", (c) => {
    const grant = authenticate(c);
    if (grant instanceof Response) return grant;
    const authEventId = c.req.query("authEventId")?.toLowerCase();
    const connections = mine(grant).filter((x) => !authEventId || x.authEventId === authEventId);
    return c.json(connections.map((x) => toWire(state, x)));
  });

  app.delete("/:id", (c) => {
    const grant = authenticate(c);
    if (grant instanceof Response) return grant;
    const id = c.req.param("id").toLowerCase();
    const connections = mine(grant);
    const connection = connections.find((x) => x.id === id);
    if (connection) {
      state.connections.delete(connection.id);
      return c.body(null, 204);
    }
    // A tenant (organisation) id where a connection id belongs: Xero refuses it with 403,
    // whether or not that organisation is connected.
    if (state.tenants.has(id) || connections.some((x) => x.tenantId === id))
      return problem(403, "AuthenticationUnsuccessful");
    return c.body(null, 404);
  });

  return app;
}

function toWire(state: SandboxState, connection: ConnectionRecord): Record<string, unknown> {
  const books = state.tenants.get(connection.tenantId);
  return {
    id: connection.id,
    authEventId: connection.authEventId,
    tenantId: connection.tenantId,
    tenantType: books?.tenantType ?? "ORGANISATION",
    tenantName: books?.organisation.Name ?? "",
    createdDateUtc: connectionDate(connection.createdDateUtc),
    updatedDateUtc: connectionDate(connection.updatedDateUtc),
  };
}
