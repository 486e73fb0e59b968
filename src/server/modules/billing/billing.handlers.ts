import type { RouteHandler } from "@hono/zod-openapi";
import type { ClassificatorImport } from "../../../shared/api/imports.js";
import type { AppEnv } from "../../app-env.js";
import { findRun } from "../integrations/sync/import-runs.js";
import { startClassificatorImport } from "../integrations/sync/start-classificator-import.js";
import type * as routes from "./billing.routes.js";
import * as lists from "./list-classificators.js";

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
