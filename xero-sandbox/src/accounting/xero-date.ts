/**
 * Xero's date formats. Answers carry Microsoft JSON dates (`/Date(1552262400000+0000)/`) plus
 * `…String` variants; requests may send `YYYY-MM-DD`, ISO date-times or the MS form.
 */

const MS_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export const DAY_MS = 86_400_000;

/** `/Date(ms+0000)/`, the form of record dates (Date, DueDate, UpdatedDateUTC…). */
export function msDate(ms: number): string {
  return `/Date(${ms}+0000)/`;
}

/** `/Date(ms)/`, the form of the envelope's DateTimeUTC. */
export function msDateNoOffset(ms: number): string {
  return `/Date(${ms})/`;
}

/** `2019-03-11T00:00:00`, the form of DateString fields. */
export function dateString(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** `2019-11-14T18:10:38Z`, the form of UpdatedDateUTCString fields. */
export function utcString(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** `2024-06-21T01:15:39.902`, the zone-less UTC form Xero uses in webhook events. */
export function webhookDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23);
}

/** `2019-12-07T18:46:19.5165400`, the zone-less UTC form of /connections dates. */
export function connectionDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}0000`;
}

/** `04/09/2023 05:16:59`, as in `TokenExpired: token expired at …`. */
export function tokenExpiryString(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function isMsDate(value: string): boolean {
  return MS_DATE.test(value);
}

/** Milliseconds of a `/Date(…)/` string, or undefined. */
export function parseMsDate(value: string): number | undefined {
  const m = MS_DATE.exec(value);
  return m ? Number(m[1]) : undefined;
}

export type ParsedDate = { kind: "missing" } | { kind: "invalid"; text: string } | { kind: "ok"; ms: number };

/**
 * A date sent in a request, reduced to its calendar day (UTC midnight): Xero keeps invoice,
 * payment and due dates as days.
 */
export function parseDateInput(value: unknown): ParsedDate {
  if (value === undefined || value === null || value === "") return { kind: "missing" };
  if (typeof value !== "string") return { kind: "invalid", text: String(value) };
  const ms = parseMsDate(value);
  if (ms !== undefined) return { kind: "ok", ms: startOfUtcDay(ms) };
  const m = ISO_DATE.exec(value.trim());
  if (!m) return { kind: "invalid", text: value };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = Date.UTC(year, month - 1, day);
  const check = new Date(at);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { kind: "invalid", text: value };
  }
  return { kind: "ok", ms: at };
}

/**
 * The If-Modified-Since header: an HTTP date or an ISO date-time; an ISO value without a zone
 * is read as UTC, as Xero does. Undefined when absent or unreadable (Xero then ignores it).
 */
export function parseIfModifiedSince(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const zone = iso[8];
    const ms = Date.parse(zone ? text.replace(" ", "T") : `${text.replace(" ", "T")}Z`);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
