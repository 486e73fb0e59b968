import type { XeroQuery } from "./query.js";

/**
 * Paging on the endpoints Xero pages (Contacts, Invoices, Payments, BankTransactions,
 * CreditNotes): with `page` (or `pageSize`) the answer holds one page and a `pagination`
 * object; `pageSize` defaults to 100 and is clamped to 1,000 as Xero caps it. Without
 * either, every match is returned unpaged.
 */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export interface Paging {
  page: number;
  pageSize: number;
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  itemCount: number;
}

export function readPaging(query: XeroQuery): Paging | undefined {
  const page = query.int("page");
  const pageSize = query.int("pageSize");
  if (page === undefined && pageSize === undefined) return undefined;
  return {
    page: Math.max(1, page ?? 1),
    pageSize: Math.min(MAX_PAGE_SIZE, pageSize !== undefined && pageSize > 0 ? pageSize : DEFAULT_PAGE_SIZE),
  };
}

export function pageOf<T>(items: readonly T[], paging: Paging): { items: T[]; pagination: Pagination } {
  const start = (paging.page - 1) * paging.pageSize;
  return {
    items: items.slice(start, start + paging.pageSize),
    pagination: {
      page: paging.page,
      pageSize: paging.pageSize,
      pageCount: Math.ceil(items.length / paging.pageSize),
      itemCount: items.length,
    },
  };
}
