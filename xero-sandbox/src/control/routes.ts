import { Hono } from "hono";
import type { SandboxEnv } from "../http.js";
import type { SandboxState } from "../state.js";
import { identityControl } from "./identity-control.js";
import { observeControl } from "./observe-control.js";
import { webhooksControl } from "./webhooks-control.js";
import { worldControl } from "./world-control.js";

/** The control API under /__sandbox, for tests and demos. No authentication: bind to loopback. */
export function controlRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.route("/", worldControl(state));
  app.route("/", identityControl(state));
  app.route("/", observeControl(state));
  app.route("/", webhooksControl(state));
  return app;
}
