import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../../app-env.js";
import { checkConnection } from "./check-connection.js";
import { chooseBillingOrganisation } from "./choose-billing-organisation.js";
import { completeAuthorization } from "./complete-authorization.js";
import type * as routes from "./connections.routes.js";
import { disconnect as disconnectGrant } from "./disconnect.js";
import { getConnection as readConnection } from "./get-connection.js";
import { startAuthorization } from "./start-authorization.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

function provider(c: Context<AppEnv>, id: "xero") {
  return c.get("deps").integrations.providers[id];
}

export const getConnection: Handler<"getConnection"> = async (c) =>
  c.json(await readConnection(c.get("scope"), provider(c, c.req.valid("param").provider)), 200);

export const authorize: Handler<"authorize"> = async (c) => {
  const { integrations, clock } = c.get("deps");
  const answer = await startAuthorization(
    c.get("scope"),
    c.get("auth"),
    provider(c, c.req.valid("param").provider),
    integrations,
    clock.now(),
  );
  return c.json(answer, 200);
};

export const callback: Handler<"callback"> = async (c) => {
  const { database, integrations, clock, config } = c.get("deps");
  const id = c.req.valid("param").provider;
  const result = await completeAuthorization({
    db: database.db,
    params: new URL(c.req.url).searchParams,
    auth: c.get("auth"),
    provider: provider(c, id),
    integrations,
    logger: c.get("log"),
    now: clock.now(),
  });
  const target = new URL("/apps", config.publicUrl);
  if (result.outcome === "error") {
    target.searchParams.set(`${id}_error`, result.error);
  } else {
    target.searchParams.set(id, result.outcome);
    if (result.outcome === "switch") target.searchParams.set("organisation", result.organisation);
  }
  return c.redirect(target.toString(), 302);
};

export const chooseOrganisation: Handler<"chooseOrganisation"> = async (c) => {
  const id = c.req.valid("param").provider;
  await chooseBillingOrganisation(
    c.get("scope"),
    c.get("auth"),
    id,
    c.req.valid("json").tenantId,
    c.get("deps").clock.now(),
  );
  return c.json(await readConnection(c.get("scope"), provider(c, id)), 200);
};

export const disconnect: Handler<"disconnect"> = async (c) => {
  const { database, integrations } = c.get("deps");
  const chosen = provider(c, c.req.valid("param").provider);
  await disconnectGrant(
    c.get("scope"),
    database,
    c.get("auth"),
    chosen,
    integrations,
    c.get("log"),
    c.get("deps").clock.now(),
  );
  return c.json(await readConnection(c.get("scope"), chosen), 200);
};

export const check: Handler<"check"> = async (c) => {
  const { integrations, clock } = c.get("deps");
  const chosen = provider(c, c.req.valid("param").provider);
  await checkConnection(c.get("scope"), chosen, integrations, clock.now());
  return c.json(await readConnection(c.get("scope"), chosen), 200);
};
