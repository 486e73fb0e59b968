import type { MiddlewareHandler } from "hono";
import { APP_LABELS, type AppId } from "../../../shared/apps.js";
import type { AppEnv } from "../../app-env.js";
import { AppError } from "../../lib/errors.js";
import { listApps } from "./list-apps.js";

/**
 * Routes of an app answer only when the company's plan includes the app (else 402) and it is
 * enabled in Settings & Apps (else 409). Mount after `requireAuth`.
 */
export function requireApp(app: AppId): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const state = (await listApps(c.get("scope"))).find((a) => a.app === app);
    if (state && !state.available) {
      throw new AppError("plan_required", `${state.reason} Ask Kontor to change your plan.`);
    }
    if (!state?.enabled) {
      const label = APP_LABELS[app];
      throw new AppError("app_not_enabled", `Enable ${label} first, in Settings & Apps → ${label}.`);
    }
    await next();
  };
}
