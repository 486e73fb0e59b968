import type { Handler } from "hono";
import type { SandboxEnv } from "../http.js";
import { IDEMPOTENCY_KEY_MAX_LENGTH, requestFingerprint, type StoredAnswer } from "../idempotency.js";
import type { SandboxState } from "../state.js";
import type { ApiContext, ApiHandler, ApiRequest } from "./api-context.js";
import { notFound, notImplemented, validationException } from "./errors.js";
import { XeroQuery } from "./query.js";
import { resolveRoute } from "./resource-route.js";
import { ACCOUNTING_PREFIX, ACCOUNTING_ROUTES, UNSERVED_XERO_COLLECTIONS } from "./routes.js";

/** Xero refuses request bodies over 3.5 MB. */
const MAX_BODY_BYTES = 3.5 * 1024 * 1024;

/**
 * Dispatches an admitted Accounting API call to its collection's handler. Resource names
 * ignore case as at Xero. Writes with an `Idempotency-Key` go through the idempotency store.
 */
export function accountingHandler(state: SandboxState): Handler<SandboxEnv> {
  return async (c) => {
    const api = c.get("api");
    if (!api) return notFound();
    const accept = c.req.header("accept") ?? "";
    if (!/application\/json|\+json/i.test(accept)) {
      // Real Xero answers XML unless the client asks for JSON; the sandbox speaks only JSON.
      return new Response("The Xero API answers XML unless the request says Accept: application/json", {
        status: 406,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    const url = new URL(c.req.url);
    const tail = url.pathname.slice(ACCOUNTING_PREFIX.length);
    const resolved = resolveRoute(ACCOUNTING_ROUTES, c.req.method, tail);
    if (!resolved.route) {
      const collection =
        tail
          .split("/")
          .find((s) => s.length > 0)
          ?.toLowerCase() ?? "";
      return UNSERVED_XERO_COLLECTIONS.has(collection)
        ? notImplemented(`${c.req.method} ${tail}`)
        : notFound();
    }
    const operation = resolved.operation ? resolved.route[resolved.operation] : undefined;
    if (resolved.nested || !operation) {
      return notImplemented(`${c.req.method} ${tail}`);
    }
    const bodyText = resolved.write ? await c.req.text() : "";
    if (Buffer.byteLength(bodyText) > MAX_BODY_BYTES) {
      return new Response("Request Entity Too Large", { status: 413 });
    }
    if (resolved.write && bodyText.trim() !== "" && !/json/i.test(c.req.header("content-type") ?? "")) {
      return new Response("The sandbox accepts JSON bodies only (Content-Type: application/json)", {
        status: 415,
      });
    }
    const request: ApiRequest = {
      method: c.req.method,
      id: resolved.id,
      query: new XeroQuery(c.req.url),
      bodyText,
      ifModifiedSince: c.req.header("if-modified-since"),
    };
    const key = resolved.write ? c.req.header("idempotency-key") : undefined;
    if (key === undefined) return operation(api, request);
    if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      return validationException(
        [],
        `The Idempotency-Key must be ${IDEMPOTENCY_KEY_MAX_LENGTH} characters or fewer`,
      );
    }
    const outcome = await state.idempotency.run(
      `${api.app.clientId}\u0000${api.tenantId}`,
      key,
      requestFingerprint(c.req.method, url.pathname, request.query.raw, bodyText),
      () => store(operation, api, request),
    );
    if (outcome.kind === "mismatch") {
      return validationException([], "This Idempotency-Key was already used for a different request");
    }
    if (outcome.kind === "replay") c.set("idempotentReplay", true);
    return new Response(outcome.answer.body, {
      status: outcome.answer.status,
      headers: { "content-type": outcome.answer.contentType },
    });
  };
}

async function store(operation: ApiHandler, api: ApiContext, request: ApiRequest): Promise<StoredAnswer> {
  const response = await operation(api, request);
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "application/json; charset=utf-8",
    body: await response.text(),
  };
}
