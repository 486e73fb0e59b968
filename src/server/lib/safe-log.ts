/**
 * What makes a log line safe to read: no secret, no query parameter, no customer data carried by
 * an error. Applied by the logger to every field and message, whoever logs, so a careless log call
 * cannot leak.
 */

export const REDACTED = "[redacted]";

/** Field names whose values never reach the log, at any depth. */
const SECRET_FIELD =
  /(token|tokens|secret|password|hash|cookie|authorization|link|params|verifier|apikey|encryptionkey|privatekey)$/i;

/** Query parameters that carry secrets in URLs (invite and OAuth links, redirects). */
const SECRET_QUERY =
  /([?&](?:token|code|state|session_state|access_token|refresh_token|id_token|client_secret|code_verifier|password)=)[^&#\s"'\\]*/gi;

// Kontor's secrets (session cookies, API tokens, invite tokens) are 32 random bytes in base64url,
// Xero's tokens are long random strings too: a run of 32+ such characters mixing two of upper
// case, lower case and digits is taken for one (a long name_in_snake_case is not). UUIDs (record
// ids, request ids) are not secrets and stay readable.
const RANDOM_RUN = /[A-Za-z0-9_-]{32,}/g;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function looksRandom(piece: string): boolean {
  if (piece.length < 32) return false;
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/].filter((kind) => kind.test(piece)).length;
  return kinds >= 2;
}

function looksSecret(run: string): boolean {
  return run.replace(UUID, " ").split(" ").some(looksRandom);
}

/** Drizzle writes a failed query's parameters into its message (`Failed query: …\nparams: …`). */
const QUERY_PARAMS = /\nparams: [\s\S]*?(?=\n {4}at |$)/g;

/** Text as it may be logged: without query parameters, secret URL parameters or token-like strings. */
export function safeLogText(text: string): string {
  return text
    .replace(QUERY_PARAMS, "")
    .replace(SECRET_QUERY, `$1${REDACTED}`)
    .replace(RANDOM_RUN, (run) => (looksSecret(run) ? REDACTED : run));
}

/** Properties of an error that say what failed without carrying the data it failed on. */
const ERROR_FIELDS = ["code", "constraint", "table", "column", "schema", "routine", "severity", "status"];
const MAX_DEPTH = 8;

function errorMessage(error: Error): string {
  let message = safeLogText(String(error.message));
  // PostgreSQL's data exceptions (class 22) quote the value they refused: `invalid input syntax for type uuid: "…"`.
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && code.startsWith("22")) message = message.replace(/"[^"]*"/g, '"…"');
  return message;
}

/**
 * An error as the log shows it: type, message, stack and the few properties that name what failed
 * (SQLSTATE, constraint, table). Everything else an error carries (a failed query's parameters,
 * PostgreSQL's `detail` with the row's values, an HTTP answer) stays out.
 */
export function safeError(error: Error, depth = 0, seen = new WeakSet<object>()): Record<string, unknown> {
  seen.add(error);
  const type = error.constructor?.name ?? error.name;
  const message = errorMessage(error);
  const out: Record<string, unknown> = { type, message };
  if (typeof error.stack === "string") {
    const frames = error.stack.split("\n").filter((line) => line.startsWith("    at "));
    out.stack = safeLogText([`${error.name}: ${message}`, ...frames].join("\n"));
  }
  const record = error as unknown as Record<string, unknown>;
  for (const field of ERROR_FIELDS) {
    const value = record[field];
    if (typeof value === "string" || typeof value === "number") out[field] = safeLogText(String(value));
  }
  if (error.cause !== undefined && depth < MAX_DEPTH) out.cause = safeValue(error.cause, depth + 1, seen);
  if (error instanceof AggregateError && depth < MAX_DEPTH) {
    out.errors = error.errors.slice(0, 10).map((e) => safeValue(e, depth + 1, seen));
  }
  return out;
}

function safeValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return safeLogText(value);
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return value;
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[too deep]";
  if (value instanceof Error) return safeError(value, depth, seen);
  seen.add(value);
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === "function") return safeValue(withJson.toJSON(), depth + 1, seen);
  if (Array.isArray(value)) return value.map((item) => safeValue(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_FIELD.test(key) && item != null ? REDACTED : safeValue(item, depth + 1, seen);
  }
  return out;
}

/** A log line's fields as they may be written. */
export function safeLogFields(fields: Record<string, unknown>): Record<string, unknown> {
  return safeValue(fields, 0, new WeakSet()) as Record<string, unknown>;
}
