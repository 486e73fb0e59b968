import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../app-env.js";
import { notFound } from "../../../lib/errors.js";
import { confirmClientImport } from "./confirm-client-import.js";
import { discardClientImport } from "./discard-client-import.js";
import { findRun, latestRun, viewRun } from "./import-runs.js";
import type * as routes from "./imports.routes.js";
import { resumeClientImport } from "./resume-import.js";
import { startClientImport } from "./start-client-import.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const startImport: Handler<"startImport"> = async (c) => {
  const { jobs, clock } = c.get("deps");
  const started = await startClientImport(
    c.get("scope"),
    c.get("auth"),
    c.req.valid("param").provider,
    jobs,
    clock.now(),
  );
  return c.json(started, 202);
};

export const latestImport: Handler<"latestImport"> = async (c) => {
  const run = await latestRun(c.get("scope"), "clients");
  if (!run) throw notFound("An import");
  return c.json(await viewRun(c.get("scope"), run, c.req.valid("query").candidates === "all"), 200);
};

export const getImport: Handler<"getImport"> = async (c) => {
  const run = await findRun(c.get("scope"), c.req.valid("param").id, "clients");
  return c.json(await viewRun(c.get("scope"), run, c.req.valid("query").candidates === "all"), 200);
};

export const confirmImport: Handler<"confirmImport"> = async (c) => {
  const { id } = c.req.valid("param");
  const { jobs, clock } = c.get("deps");
  await confirmClientImport(c.get("scope"), c.get("auth"), id, c.req.valid("json"), jobs, clock.now());
  return c.json({ id }, 202);
};

export const resumeImport: Handler<"resumeImport"> = async (c) => {
  const { id } = c.req.valid("param");
  const { jobs, clock, integrations } = c.get("deps");
  await resumeClientImport(c.get("scope"), c.get("auth"), id, jobs, integrations.importWorker, clock.now());
  return c.json({ id }, 202);
};

export const discardImport: Handler<"discardImport"> = async (c) => {
  await discardClientImport(c.get("scope"), c.get("auth"), c.req.valid("param").id);
  return c.body(null, 204);
};
