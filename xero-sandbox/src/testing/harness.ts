import { type Sandbox, type SandboxOptions, startSandbox } from "../sandbox.js";

/**
 * Helpers for tests that talk to a sandbox over HTTP, the way a Xero client would. Kontor's
 * own tests may use them too. Times are fixed (frozen clock) so results never depend on
 * when the tests run.
 */

/** Monday 16 March 2026, 09:30 UTC. */
export const TEST_NOW = "2026-03-16T09:30:00.000Z";

export function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ now: TEST_NOW, clockMode: "frozen", webhookDeliveryDelayMs: -1, ...options });
}

export interface XeroAnswer<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when the answer is not JSON. */
  body: T;
  text: string;
}

export async function answerOf<T = unknown>(response: Response): Promise<XeroAnswer<T>> {
  const text = await response.text();
  let body: unknown = text;
  if ((response.headers.get("content-type") ?? "").includes("json") && text !== "") body = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: body as T, text };
}

export interface AccountingClient {
  get<T = Record<string, unknown>>(path: string, headers?: Record<string, string>): Promise<XeroAnswer<T>>;
  put<T = Record<string, unknown>>(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<XeroAnswer<T>>;
  post<T = Record<string, unknown>>(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<XeroAnswer<T>>;
}

/** A minimal Accounting API client: Bearer token, xero-tenant-id, JSON both ways. */
export function accountingClient(sandbox: Sandbox, accessToken: string, tenantId: string): AccountingClient {
  const call = async <T>(method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    answerOf<T>(
      await fetch(`${sandbox.accountingUrl}${path.startsWith("/") ? path : `/${path}`}`, {
        method,
        headers: {
          authorization: `Bearer ${accessToken}`,
          "xero-tenant-id": tenantId,
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      }),
    );
  return {
    get: (path, headers) => call("GET", path, undefined, headers),
    put: (path, body, headers) => call("PUT", path, body, headers),
    post: (path, body, headers) => call("POST", path, body, headers),
  };
}

export function basicAuth(clientId: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString("base64")}`;
}

/** POST /identity/connect/token with a form body (Basic auth with the demo app by default). */
export async function tokenRequest(
  sandbox: Sandbox,
  form: Record<string, string>,
  authorization: string | null = basicAuth("kontor-demo", "kontor-demo-secret"),
): Promise<XeroAnswer<Record<string, unknown>>> {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (authorization) headers.authorization = authorization;
  return answerOf(
    await fetch(`${sandbox.issuerUrl}/connect/token`, {
      method: "POST",
      headers,
      body: new URLSearchParams(form).toString(),
    }),
  );
}

export async function control<T = Record<string, unknown>>(
  sandbox: Sandbox,
  method: string,
  path: string,
  body?: unknown,
): Promise<XeroAnswer<T>> {
  return answerOf<T>(
    await fetch(`${sandbox.url}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

/** A JSON array of objects from an answer, or [] (for reading nested lists in tests). */
export function rows(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null)
    : [];
}

/** A JSON object from an answer, or {}. */
export function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
