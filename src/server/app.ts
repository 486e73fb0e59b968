import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv, Deps } from "./app-env.js";
import { createRouter } from "./app-router.js";
import { mountApiDocs } from "./lib/http/api-docs.js";
import { csrfGuard } from "./lib/http/csrf.js";
import { handleError, handleNotFound } from "./lib/http/error-handler.js";
import { requestLog } from "./lib/http/request-log.js";
import { securityHeaders } from "./lib/http/security-headers.js";
import { serveWebApp } from "./lib/http/static-files.js";
import { refuseUnstorableText } from "./lib/http/unstorable-text.js";
import { appsRouter } from "./modules/apps/apps.index.js";
import { authRouter } from "./modules/auth/auth.index.js";
import { authenticate } from "./modules/auth/authenticate.js";
import { SESSION_COOKIE } from "./modules/auth/session-cookie.js";
import { billingRouter } from "./modules/billing/billing.index.js";
import { contractsRouter } from "./modules/billing/contracts/contracts.index.js";
import { invoicesRouter } from "./modules/billing/invoices/invoices.index.js";
import { clientsRouter } from "./modules/clients/clients.index.js";
import { companyRouter } from "./modules/companies/company.index.js";
import { dashboardRouter } from "./modules/dashboard/dashboard.index.js";
import { connectionsRouter } from "./modules/integrations/connections/connections.index.js";
import { importsRouter } from "./modules/integrations/sync/imports.index.js";
import { outboxRouter } from "./modules/mail/outbox.index.js";
import { membersRouter } from "./modules/members/members.index.js";
import { passwordResetRouter } from "./modules/password-reset/password-reset.index.js";
import { profileRouter } from "./modules/profile/profile.index.js";
import { supportRouter } from "./modules/support/support.index.js";
import { taskCalendarRouter } from "./modules/work/task-calendar/task-calendar.index.js";
import { taskFieldsRouter } from "./modules/work/task-fields/task-fields.index.js";
import { taskFiltersRouter } from "./modules/work/task-filters/task-filters.index.js";
import { tasksRouter } from "./modules/work/tasks/tasks.index.js";
import { topicsRouter } from "./modules/work/topics/topics.index.js";
import { workflowsRouter } from "./modules/work/workflows/workflows.index.js";

/** Large enough for an import confirmation of 10,000 contacts, small enough to refuse abuse. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/web");

/** The API under /api, documented at /api/openapi.json; every module router mounts here. */
export function buildApi(deps: Deps) {
  const api = createRouter();
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      c.json(
        { error: { code: "payload_too_large", message: "The request body is too large (at most 4 MB)." } },
        413,
      ),
  });
  api.use(
    "*",
    // Only where a body may come: the limit reads `request.body`, which makes the Node adapter
    // build a full Request, the costliest part of a GET.
    (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next)),
    csrfGuard(deps.config.publicUrl, SESSION_COOKIE),
    refuseUnstorableText,
    authenticate,
  );
  api.route("/", authRouter());
  api.route("/", passwordResetRouter());
  api.route("/", profileRouter());
  api.route("/", membersRouter());
  api.route("/", outboxRouter());
  api.route("/", companyRouter());
  api.route("/", dashboardRouter());
  api.route("/", appsRouter());
  api.route("/", connectionsRouter());
  api.route("/", clientsRouter());
  api.route("/", importsRouter());
  api.route("/", billingRouter());
  api.route("/", invoicesRouter());
  api.route("/", contractsRouter());
  api.route("/", topicsRouter());
  api.route("/", tasksRouter());
  api.route("/", workflowsRouter());
  api.route("/", taskFiltersRouter());
  api.route("/", taskCalendarRouter());
  api.route("/", taskFieldsRouter());
  api.route("/", supportRouter());
  api.openAPIRegistry.registerComponent("securitySchemes", "cookieAuth", {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
  });
  api.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "A personal API token from POST /api/auth/tokens.",
  });
  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Kontor API",
      version: deps.version,
      description:
        "Practice management for accounting firms. Authenticate with the session cookie (browser) or " +
        "`Authorization: Bearer <personal API token>`. Errors are `{ error: { code, message, details? } }`.",
    },
    servers: [{ url: "/api" }],
  });
  mountApiDocs(api);
  return api;
}

export function buildApp(deps: Deps, options: { webDir?: string } = {}) {
  const app = new Hono<AppEnv>();
  app.use("*", requestLog(deps.logger), async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  app.use("*", securityHeaders(deps.config.publicUrl.startsWith("https:")));
  // API answers depend on who asks (and carry their data): no browser or proxy may keep them.
  // Set before the handler, so error answers carry it too; web assets keep their own caching.
  app.use("/api/*", async (c, next) => {
    c.header("Cache-Control", "no-store");
    await next();
  });
  app.onError(handleError);
  app.get("/healthz", async (c) => {
    await deps.database.db.execute(sql`select 1`);
    return c.json({ status: "ok", database: deps.database.kind, version: deps.version });
  });
  app.route("/api", buildApi(deps));
  app.all("/api/*", handleNotFound);
  app.use("*", serveWebApp(options.webDir ?? webDistDir));
  app.notFound(handleNotFound);
  return app;
}
