import type { MiddlewareHandler } from "hono";
import { notFound, problem, titleOf, validationException } from "./accounting/errors.js";
import { editAnswer, type FaultRule } from "./faults.js";
import type { SandboxContext, SandboxEnv } from "./http.js";
import type { SandboxState } from "./state.js";

/**
 * Applies the fault injector to identity, connections and accounting calls (never to the
 * control API). For accounting calls it runs after the rate-limit gate, so a delayed call
 * holds one of the organisation's five concurrent slots, as a slow Xero call would.
 */
export function faultsMiddleware(state: SandboxState): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const path = url.pathname;
    if (isControlPath(path)) return next();
    const rule = state.faults.take(c.req.method, path, url.searchParams);
    if (!rule) return next();
    if (rule.delayMs) await state.faults.sleep(rule.delayMs);
    if (rule.status !== undefined) return withHeaders(faultAnswer(rule, path), rule.headers);
    if (rule.reset) return drop(c, "reset");
    if (rule.dropResponseAfterCommit) {
      await next();
      // The work is done (and, with an Idempotency-Key, remembered); only the answer is lost.
      await c.res.clone().arrayBuffer();
      return drop(c, "after-commit");
    }
    await next();
    if (rule.edit) c.res = await editedResponse(c.res, rule);
  };
}

/** The real answer with the rule's edit applied to its JSON body (headers and status kept). */
async function editedResponse(response: Response, rule: FaultRule): Promise<Response> {
  if (!rule.edit || !(response.headers.get("content-type") ?? "").includes("json")) return response;
  const body = editAnswer(await response.json(), rule.edit);
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

function withHeaders(response: Response, headers: Record<string, string> | undefined): Response {
  for (const [name, value] of Object.entries(headers ?? {})) response.headers.set(name, value);
  return response;
}

export function isControlPath(path: string): boolean {
  return path === "/" || path === "/__sandbox" || path.startsWith("/__sandbox/");
}

function drop(c: SandboxContext, kind: "reset" | "after-commit"): Response {
  c.set("dropped", kind);
  const socket = c.env?.incoming?.socket;
  if (!socket)
    throw new Error(`The sandbox dropped the connection (${kind}); drop faults need a listening server`);
  socket.destroy();
  return new Response(null, { status: 599 });
}

function faultAnswer(rule: FaultRule, path: string): Response {
  const status = rule.status ?? 500;
  if (rule.body !== undefined) {
    const text = typeof rule.body === "string" ? rule.body : JSON.stringify(rule.body);
    return new Response(text, { status, headers: { "content-type": "application/json; charset=utf-8" } });
  }
  if (path.startsWith("/identity")) {
    const error =
      status === 400
        ? "invalid_request"
        : status === 401
          ? "invalid_client"
          : status === 503
            ? "temporarily_unavailable"
            : "server_error";
    return new Response(JSON.stringify({ error }), {
      status,
      headers: { "content-type": "application/json; charset=utf-8" },
    });
  }
  if (status === 404) return notFound();
  if (status === 400) return validationException([]);
  if (status === 429) {
    return problem(429, "Rate limit exceeded: minute", {
      "Retry-After": "60",
      "X-Rate-Limit-Problem": "minute",
    });
  }
  return problem(status, status === 503 ? "Organisation offline" : titleOf(status));
}
