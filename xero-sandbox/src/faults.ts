import { randomUUID } from "node:crypto";

/**
 * Changes to the real JSON answer of a matching call (the work is done as usual): `set`
 * replaces top-level members, `omit` removes them, `prepend` puts elements before a
 * collection's own (e.g. a contact of the previous page again, as when a list shifts).
 */
export interface AnswerEdit {
  set?: Record<string, unknown>;
  omit?: string[];
  prepend?: Record<string, unknown[]>;
}

/**
 * The fault injector: the next N calls matching a method, path (and query parameters) fail in
 * a chosen way — an error status, a delay, a reset connection, an edited answer, or (for writes
 * and token refresh) the work done and then the connection dropped before the answer, which is
 * what a client sees when Xero commits a change but the network loses the reply.
 */
export interface FaultInput {
  match?: { method?: string; path?: string; query?: Record<string, string> };
  times?: number;
  status?: number;
  delayMs?: number;
  reset?: boolean;
  dropResponseAfterCommit?: boolean;
  /** Optional answer body for `status`; Xero-shaped by default. */
  body?: unknown;
  /** Headers for the `status` answer, replacing the default ones of the same name. */
  headers?: Record<string, string>;
  edit?: AnswerEdit;
}

export interface FaultRule {
  id: string;
  method?: string;
  path?: string;
  query?: Record<string, string>;
  remaining: number;
  status?: number;
  delayMs?: number;
  reset: boolean;
  dropResponseAfterCommit: boolean;
  body?: unknown;
  headers?: Record<string, string>;
  edit?: AnswerEdit;
  hits: number;
}

export function parseFault(input: FaultInput): FaultRule | string {
  const times = input.times ?? 1;
  if (!Number.isInteger(times) || times < 1) return "times must be a positive integer";
  if (
    input.status !== undefined &&
    (!Number.isInteger(input.status) || input.status < 200 || input.status > 599)
  ) {
    return "status must be an HTTP status code";
  }
  if (input.delayMs !== undefined && (!Number.isFinite(input.delayMs) || input.delayMs < 0)) {
    return "delayMs must be >= 0";
  }
  const effects = [
    input.status !== undefined,
    input.reset === true,
    input.dropResponseAfterCommit === true,
    input.edit !== undefined,
  ];
  if (effects.filter(Boolean).length > 1) {
    return "choose one of status, reset, dropResponseAfterCommit and edit";
  }
  if (!effects.some(Boolean) && !input.delayMs) {
    return "a fault needs status, delayMs, reset, dropResponseAfterCommit or edit";
  }
  return {
    id: randomUUID(),
    method: input.match?.method?.toUpperCase(),
    path: input.match?.path,
    query: input.match?.query,
    remaining: times,
    status: input.status,
    delayMs: input.delayMs,
    reset: input.reset === true,
    dropResponseAfterCommit: input.dropResponseAfterCommit === true,
    body: input.body,
    headers: input.headers,
    edit: input.edit,
    hits: 0,
  };
}

/** Every parameter of `wanted` is in `query` with that value (names without regard to case). */
export function queryMatches(wanted: Record<string, string> | undefined, query: URLSearchParams): boolean {
  if (!wanted) return true;
  const given = new Map([...query].map(([name, value]) => [name.toLowerCase(), value]));
  return Object.entries(wanted).every(([name, value]) => given.get(name.toLowerCase()) === String(value));
}

/** Applies an edit to a JSON answer's body; anything but a JSON object is left as it is. */
export function editAnswer(body: unknown, edit: AnswerEdit): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const edited: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const [name, elements] of Object.entries(edit.prepend ?? {})) {
    const own = Array.isArray(edited[name]) ? (edited[name] as unknown[]) : [];
    edited[name] = [...elements, ...own];
  }
  for (const name of edit.omit ?? []) delete edited[name];
  Object.assign(edited, edit.set ?? {});
  return edited;
}

/**
 * `path` matches the request path exactly or a tail of it that starts at a `/`
 * (so `/Invoices` matches `/api/api.xro/2.0/Invoices`); `*` matches any characters.
 * Comparison ignores case, as Xero's routes do.
 */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  const anchoredTail =
    pattern.startsWith("/") || pattern.startsWith("*") ? `(?:^|.*)${source}$` : `^${source}$`;
  return new RegExp(anchoredTail, "i").test(path);
}

export class FaultInjector {
  private rules: FaultRule[] = [];
  private readonly sleepers = new Set<() => void>();

  add(rule: FaultRule): void {
    this.rules.push(rule);
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  /** Removes all rules and lets every delayed call go on at once. */
  clear(): void {
    this.rules = [];
    this.releaseDelays();
  }

  releaseDelays(): void {
    for (const wake of [...this.sleepers]) wake();
  }

  /** Takes the first live rule matching this call, counting it down. */
  take(method: string, path: string, query = new URLSearchParams()): FaultRule | undefined {
    const rule = this.rules.find(
      (r) =>
        r.remaining > 0 &&
        (!r.method || r.method === method.toUpperCase()) &&
        (!r.path || pathMatches(r.path, path)) &&
        queryMatches(r.query, query),
    );
    if (!rule) return undefined;
    rule.remaining--;
    rule.hits++;
    if (rule.remaining === 0) this.rules = this.rules.filter((r) => r !== rule);
    return { ...rule };
  }

  /** A real-time delay that `clear`/`releaseDelays` can cut short. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      timer.unref?.();
      this.sleepers.add(wake);
    });
  }
}
