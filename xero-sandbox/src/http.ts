import type { HttpBindings } from "@hono/node-server";
import type { Context } from "hono";
import type { ApiContext } from "./accounting/api-context.js";
import type { SandboxState } from "./state.js";

/** What middleware and handlers share about one call (read by the request log). */
export interface SandboxVariables {
  api?: ApiContext;
  clientId?: string;
  grantType?: string;
  idempotentReplay?: boolean;
  dropped?: "reset" | "after-commit";
}

/** `incoming`/`outgoing` exist when served by @hono/node-server; not with `app.request()`. */
export type SandboxEnv = { Bindings: Partial<HttpBindings>; Variables: SandboxVariables };

export type SandboxContext = Context<SandboxEnv>;

/** The sandbox's public origin: fixed when started on a port, else the request's own. */
export function publicBase(state: SandboxState, c: SandboxContext): string {
  return state.baseUrl ?? new URL(c.req.url).origin;
}

export function issuerOf(state: SandboxState, c: SandboxContext): string {
  return `${publicBase(state, c)}/identity`;
}

/** An application/x-www-form-urlencoded body; empty for any other content type. */
export async function readForm(c: SandboxContext): Promise<URLSearchParams> {
  const type = c.req.header("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded")) return new URLSearchParams();
  return new URLSearchParams(await c.req.text());
}

export function formRecord(form: URLSearchParams): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, value] of form) if (!(key in record)) record[key] = value;
  return record;
}

/** A JSON body, or undefined when it is absent or not JSON. */
export async function readJson(c: SandboxContext): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
