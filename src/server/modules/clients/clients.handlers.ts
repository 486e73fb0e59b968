import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.js";
import { bulkClients as bulk } from "./bulk-clients.js";
import type * as routes from "./clients.routes.js";
import {
  addContact as add,
  listContacts as contactsOf,
  removeContact as remove,
  updateContact as update,
} from "./contacts.js";
import { createClient as create } from "./create-client.js";
import { deleteClient as destroy } from "./delete-client.js";
import { exportClients as exportCsv } from "./export-clients.js";
import { getClient as get } from "./get-client.js";
import { listClients as list } from "./list-clients.js";
import { listClientIds as ids } from "./matching-client-ids.js";
import { updateClient as edit } from "./update-client.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;
const now = (c: { get(key: "deps"): { clock: { now(): Date } } }) => c.get("deps").clock.now();

/** "Responsible: me" is the signed-in member. */
function filterOf<Q extends { responsible?: string | undefined }>(
  c: { get(key: "auth"): { userId: string } },
  query: Q,
): Q {
  return query.responsible === "me" ? { ...query, responsible: c.get("auth").userId } : query;
}

export const listClients: Handler<"listClients"> = async (c) =>
  c.json(await list(c.get("scope"), c.get("deps").clientTotals, filterOf(c, c.req.valid("query"))), 200);

export const listClientIds: Handler<"listClientIds"> = async (c) =>
  c.json(await ids(c.get("scope"), filterOf(c, c.req.valid("query"))), 200);

export const exportClients: Handler<"exportClients"> = async (c) => {
  const stream = await exportCsv(c.get("scope"), filterOf(c, c.req.valid("query")));
  const day = now(c).toISOString().slice(0, 10);
  return c.body(stream, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="clients-${day}.csv"`,
  });
};

export const bulkClients: Handler<"bulkClients"> = async (c) =>
  c.json(await bulk(c.get("scope"), c.req.valid("json"), now(c)), 200);

export const createClient: Handler<"createClient"> = async (c) =>
  c.json(await create(c.get("scope"), c.req.valid("json"), c.get("auth").userId, now(c)), 201);

export const getClient: Handler<"getClient"> = async (c) =>
  c.json(await get(c.get("scope"), c.req.valid("param").id), 200);

export const updateClient: Handler<"updateClient"> = async (c) =>
  c.json(await edit(c.get("scope"), c.req.valid("param").id, c.req.valid("json"), now(c)), 200);

export const deleteClient: Handler<"deleteClient"> = async (c) => {
  await destroy(c.get("scope"), c.get("auth"), c.req.valid("param").id);
  return c.body(null, 204);
};

export const listContacts: Handler<"listContacts"> = async (c) =>
  c.json(await contactsOf(c.get("scope"), c.req.valid("param").id), 200);

export const addContact: Handler<"addContact"> = async (c) =>
  c.json(await add(c.get("scope"), c.req.valid("param").id, c.req.valid("json"), now(c)), 201);

export const updateContact: Handler<"updateContact"> = async (c) => {
  const { id, contactId } = c.req.valid("param");
  return c.json(await update(c.get("scope"), id, contactId, c.req.valid("json"), now(c)), 200);
};

export const removeContact: Handler<"removeContact"> = async (c) => {
  const { id, contactId } = c.req.valid("param");
  await remove(c.get("scope"), id, contactId, now(c));
  return c.body(null, 204);
};
