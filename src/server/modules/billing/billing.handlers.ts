import type { RouteHandler } from "@hono/zod-openapi";
import type { ClassificatorImport } from "../../../shared/api/imports.js";
import type { AppEnv } from "../../app-env.js";
import { assertCanManage } from "../auth/authenticate.js";
import { findRun } from "../integrations/sync/import-runs.js";
import { startClassificatorImport } from "../integrations/sync/start-classificator-import.js";
import type * as routes from "./billing.routes.js";
import * as lists from "./list-classificators.js";
import { createProduct as create } from "./products/create-product.js";
import { deleteProduct as destroy } from "./products/delete-product.js";
import { updateProduct as edit } from "./products/update-product.js";
import { getBillingSettings as readSettings } from "./settings/get-billing-settings.js";
import { updateBillingSettings as saveSettings } from "./settings/update-billing-settings.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const listVatRates: Handler<"listVatRates"> = async (c) =>
  c.json(await lists.listVatRates(c.get("scope")), 200);
export const listResourceCodes: Handler<"listResourceCodes"> = async (c) =>
  c.json(await lists.listResourceCodes(c.get("scope")), 200);
export const listProducts: Handler<"listProducts"> = async (c) =>
  c.json(await lists.listProducts(c.get("scope")), 200);
export const listCurrencies: Handler<"listCurrencies"> = async (c) =>
  c.json(await lists.listCurrencies(c.get("scope")), 200);

export const importClassificators: Handler<"importClassificators"> = async (c) => {
  const { jobs, clock } = c.get("deps");
  // Xero is the only accounting system so far; the Billing setup will name the chosen one.
  return c.json(
    await startClassificatorImport(c.get("scope"), c.get("auth"), "xero", jobs, clock.now()),
    202,
  );
};

export const getClassificatorImport: Handler<"getClassificatorImport"> = async (c) => {
  const run = await findRun(c.get("scope"), c.req.valid("param").id, "classificators");
  const view: ClassificatorImport = {
    id: run.id,
    status: run.status,
    error: run.error,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    ...(run.status === "done" && run.summary
      ? { summary: run.summary as NonNullable<ClassificatorImport["summary"]> }
      : {}),
  };
  return c.json(view, 200);
};

export const getBillingSettings: Handler<"getBillingSettings"> = async (c) =>
  c.json(await readSettings(c.get("scope")), 200);

export const updateBillingSettings: Handler<"updateBillingSettings"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  const settings = c.req.valid("json");
  return c.json(
    await saveSettings(c.get("scope"), { settings, userId: auth.userId, now: c.get("deps").clock.now() }),
    200,
  );
};

export const createProduct: Handler<"createProduct"> = async (c) => {
  assertCanManage(c.get("auth"));
  return c.json(await create(c.get("scope"), c.req.valid("json"), c.get("deps").clock.now()), 201);
};

export const updateProduct: Handler<"updateProduct"> = async (c) => {
  assertCanManage(c.get("auth"));
  const { id } = c.req.valid("param");
  return c.json(await edit(c.get("scope"), id, c.req.valid("json"), c.get("deps").clock.now()), 200);
};

export const deleteProduct: Handler<"deleteProduct"> = async (c) => {
  assertCanManage(c.get("auth"));
  return c.json(await destroy(c.get("scope"), c.req.valid("param").id, c.get("deps").clock.now()), 200);
};
