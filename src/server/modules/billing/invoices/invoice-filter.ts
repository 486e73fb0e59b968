import { and, asc, desc, eq, gte, like, lt, lte, type SQL, sql } from "drizzle-orm";
import type { InvoiceListQuery } from "../../../../shared/api/invoices.js";
import { todayIn } from "../../../../shared/calendar-dates.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { invoices } from "../../../db/schema/invoices.js";
import { getCompanyRow } from "../../companies/get-company.js";

export type InvoiceFilter = Omit<InvoiceListQuery, "page" | "limit">;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Each sort ends in the id, so pages never overlap or skip rows that compare equal. */
const SORTS: Record<InvoiceFilter["sort"], SQL[]> = {
  date: [asc(invoices.date), asc(invoices.createdAt), asc(invoices.id)],
  "-date": [desc(invoices.date), desc(invoices.createdAt), desc(invoices.id)],
  // Numbers in the order they were given (INV-9 before INV-10); in-progress invoices last.
  number: [asc(invoices.issuedAt), asc(invoices.numberSequence), asc(invoices.id)],
  "-number": [desc(invoices.issuedAt), desc(invoices.numberSequence), desc(invoices.id)],
  client: [asc(invoices.clientSort), asc(invoices.id)],
  "-client": [desc(invoices.clientSort), desc(invoices.id)],
  total: [asc(invoices.total), asc(invoices.id)],
  "-total": [desc(invoices.total), desc(invoices.id)],
  dueDate: [asc(invoices.dueDate), asc(invoices.id)],
  "-dueDate": [desc(invoices.dueDate), desc(invoices.id)],
};

export interface InvoiceQuery {
  where: SQL;
  orderBy: SQL[];
  /** `overdue` of each row: issued, not a credit note, due before today in the company's zone. */
  overdue: SQL<boolean>;
  /** Today in the company's time zone. */
  today: string;
  /** The search's words, lower-cased: every one must be in the number or the client's name. */
  words: string[];
}

/** The list's filter as SQL, shared by the list and its CSV export so both show the same rows. */
export async function invoiceQuery(
  scope: CompanyScope,
  filter: InvoiceFilter,
  now: Date,
): Promise<InvoiceQuery> {
  const today = todayIn((await getCompanyRow(scope)).timeZone, now);
  const overdue = and(
    eq(invoices.status, "created"),
    eq(invoices.kind, "invoice"),
    lt(invoices.dueDate, today),
  ) as SQL;
  const conditions: (SQL | undefined)[] = [];
  if (filter.status === "in_progress") conditions.push(eq(invoices.status, "in_progress"));
  if (filter.status === "created") conditions.push(eq(invoices.status, "created"));
  if (filter.status === "overdue") conditions.push(overdue);
  if (filter.clientId) conditions.push(eq(invoices.clientId, filter.clientId));
  if (filter.from) conditions.push(gte(invoices.date, filter.from));
  if (filter.to) conditions.push(lte(invoices.date, filter.to));
  const words = (filter.search ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  for (const word of words) {
    conditions.push(like(invoices.searchText, `%${escapeLike(word)}%`));
  }
  return {
    where: scope.where(invoices, ...conditions),
    orderBy: SORTS[filter.sort],
    overdue: sql<boolean>`(${overdue})`,
    today,
    words,
  };
}
