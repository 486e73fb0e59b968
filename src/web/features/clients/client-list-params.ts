import { CLIENT_SORTS } from "../../../shared/api/clients.js";

export type ClientSort = (typeof CLIENT_SORTS)[number];
export type ClientStatusFilter = "active" | "archived" | "all";
export type XeroFilter = "any" | "linked" | "unlinked";
/** Anyone, the signed-in member, nobody, or a member's id. */
export type ResponsibleFilter = "any" | "me" | "none" | (string & {});

/** What the client list shows, kept in the page's address so it survives a reload and can be shared. */
export interface ClientListParams {
  q: string;
  status: ClientStatusFilter;
  xero: XeroFilter;
  importId: string | null;
  responsible: ResponsibleFilter;
  sort: ClientSort;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100, 200] as const;

export const DEFAULT_PARAMS: ClientListParams = {
  q: "",
  status: "active",
  xero: "any",
  importId: null,
  responsible: "any",
  sort: "name",
  page: 1,
  pageSize: 50,
};

const STATUSES: readonly string[] = ["active", "archived", "all"];
const XERO: readonly string[] = ["any", "linked", "unlinked"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isSort(value: string): value is ClientSort {
  return (CLIENT_SORTS as readonly string[]).includes(value);
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** Reads the list's state from the address; anything unknown falls back to the default. */
export function readParams(search: URLSearchParams): ClientListParams {
  const status = search.get("status") ?? "";
  const xero = search.get("xero") ?? "";
  const sort = search.get("sort") ?? "";
  const importId = search.get("importId") ?? "";
  const responsible = search.get("responsible") ?? "";
  const pageSize = positive(search.get("pageSize"), DEFAULT_PARAMS.pageSize);
  return {
    q: (search.get("q") ?? "").slice(0, 200),
    status: STATUSES.includes(status) ? (status as ClientStatusFilter) : DEFAULT_PARAMS.status,
    xero: XERO.includes(xero) ? (xero as XeroFilter) : DEFAULT_PARAMS.xero,
    importId: UUID.test(importId) ? importId : null,
    responsible: ["me", "none"].includes(responsible) || UUID.test(responsible) ? responsible : "any",
    sort: isSort(sort) ? sort : DEFAULT_PARAMS.sort,
    page: positive(search.get("page"), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PARAMS.pageSize,
  };
}

/** The address for a list state: only what differs from the defaults. */
export function writeParams(params: ClientListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q.trim()) search.set("q", params.q);
  if (params.status !== DEFAULT_PARAMS.status) search.set("status", params.status);
  if (params.xero !== DEFAULT_PARAMS.xero) search.set("xero", params.xero);
  if (params.importId) search.set("importId", params.importId);
  if (params.responsible !== "any") search.set("responsible", params.responsible);
  if (params.sort !== DEFAULT_PARAMS.sort) search.set("sort", params.sort);
  if (params.page !== 1) search.set("page", String(params.page));
  if (params.pageSize !== DEFAULT_PARAMS.pageSize) search.set("pageSize", String(params.pageSize));
  return search;
}

/** The API's query string for the clients a list state shows, whatever its page. */
export function filterQuery(params: ClientListParams): URLSearchParams {
  const search = new URLSearchParams({ status: params.status, sort: params.sort });
  if (params.q.trim()) search.set("q", params.q.trim());
  if (params.xero !== "any") search.set("xero", params.xero);
  if (params.importId) search.set("importId", params.importId);
  if (params.responsible !== "any") search.set("responsible", params.responsible);
  return search;
}

/** The API's query string for a list state's page. */
export function apiQuery(params: ClientListParams): string {
  const search = filterQuery(params);
  search.set("page", String(params.page));
  search.set("pageSize", String(params.pageSize));
  return search.toString();
}

/** Whether anything narrows the list (so an empty answer means "no match", not "no clients"). */
export function isFiltered(params: ClientListParams): boolean {
  return (
    params.q.trim() !== "" ||
    params.status !== "active" ||
    params.xero !== "any" ||
    params.importId !== null ||
    params.responsible !== "any"
  );
}

/** A column header click: the first click sorts ascending, the next one flips the direction. */
export function nextSort(current: ClientSort, column: string): ClientSort {
  const next = current === column ? `-${column}` : column;
  return isSort(next) ? next : DEFAULT_PARAMS.sort;
}

/** "1–50 of 10,000" */
export function rangeLabel(page: number, pageSize: number, total: number): string {
  if (total === 0) return "0 clients";
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, total);
  const format = (n: number) => n.toLocaleString("en-GB");
  return `${format(from)}–${format(to)} of ${format(total)} ${total === 1 ? "client" : "clients"}`;
}
