import { INVOICE_SORTS } from "../../../../shared/api/invoices.js";

export type InvoiceSort = (typeof INVOICE_SORTS)[number];
export type InvoiceStatusFilter = "all" | "in_progress" | "created" | "overdue";

/** What the invoice list shows, kept in the page's address so it survives a reload and can be shared. */
export interface InvoiceListParams {
  search: string;
  status: InvoiceStatusFilter;
  clientId: string | null;
  /** Invoice dates from and to, YYYY-MM-DD, both included. */
  from: string | null;
  to: string | null;
  sort: InvoiceSort;
  page: number;
  limit: number;
}

export const PAGE_SIZES = [25, 50, 100, 200] as const;

export const DEFAULT_PARAMS: InvoiceListParams = {
  search: "",
  status: "all",
  clientId: null,
  from: null,
  to: null,
  sort: "-date",
  page: 1,
  limit: 50,
};

const STATUSES: readonly string[] = ["all", "in_progress", "created", "overdue"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isSort(value: string): value is InvoiceSort {
  return (INVOICE_SORTS as readonly string[]).includes(value);
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

function day(value: string | null): string | null {
  return value && DAY.test(value) ? value : null;
}

/** Reads the list's state from the address; anything unknown falls back to the default. */
export function readParams(query: URLSearchParams): InvoiceListParams {
  const status = query.get("status") ?? "";
  const sort = query.get("sort") ?? "";
  const clientId = query.get("clientId") ?? "";
  const limit = positive(query.get("limit"), DEFAULT_PARAMS.limit);
  return {
    search: (query.get("search") ?? "").slice(0, 200),
    status: STATUSES.includes(status) ? (status as InvoiceStatusFilter) : DEFAULT_PARAMS.status,
    clientId: UUID.test(clientId) ? clientId : null,
    from: day(query.get("from")),
    to: day(query.get("to")),
    sort: isSort(sort) ? sort : DEFAULT_PARAMS.sort,
    page: positive(query.get("page"), 1),
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_PARAMS.limit,
  };
}

/** The address for a list state: only what differs from the defaults. */
export function writeParams(params: InvoiceListParams): URLSearchParams {
  const query = filterQuery(params);
  if (params.sort === DEFAULT_PARAMS.sort) query.delete("sort");
  if (params.page !== 1) query.set("page", String(params.page));
  if (params.limit !== DEFAULT_PARAMS.limit) query.set("limit", String(params.limit));
  return query;
}

/** The API's query string for the invoices a list state shows, whatever its page (also the CSV's). */
export function filterQuery(params: InvoiceListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.status !== "all") query.set("status", params.status);
  if (params.clientId) query.set("clientId", params.clientId);
  if (params.from) query.set("from", params.from);
  if (params.to) query.set("to", params.to);
  if (params.search.trim()) query.set("search", params.search.trim());
  query.set("sort", params.sort);
  return query;
}

/** The API's query string for a list state's page. */
export function apiQuery(params: InvoiceListParams): string {
  const query = filterQuery(params);
  query.set("page", String(params.page));
  query.set("limit", String(params.limit));
  return query.toString();
}

/** Whether anything narrows the list (so an empty answer means "no match", not "no invoices"). */
export function isFiltered(params: InvoiceListParams): boolean {
  return (
    params.search.trim() !== "" ||
    params.status !== "all" ||
    params.clientId !== null ||
    params.from !== null ||
    params.to !== null
  );
}

/** A column header click: the first click sorts ascending, the next one flips the direction. */
export function nextSort(current: InvoiceSort, column: string): InvoiceSort {
  const next = current === column ? `-${column}` : column;
  return isSort(next) ? next : DEFAULT_PARAMS.sort;
}

/** "1–50 of 20,000 invoices" */
export function rangeLabel(page: number, limit: number, total: number): string {
  if (total === 0) return "0 invoices";
  const from = (page - 1) * limit + 1;
  const to = Math.min(page * limit, total);
  const format = (n: number) => n.toLocaleString("en-GB");
  return `${format(from)}–${format(to)} of ${format(total)} ${total === 1 ? "invoice" : "invoices"}`;
}
