import type { InvoiceListItem, InvoiceStatus } from "../../../../shared/api/invoices.js";

/**
 * "1234567.5" → "1,234,567.50": thousands grouped, at least two decimals, more kept as given.
 * Works on the text, never through a float, so every digit shown is the API's.
 */
export function formatAmount(value: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value;
  const [, sign, whole, fraction = ""] = match;
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}.${fraction.padEnd(2, "0")}`;
}

export const STATUS_LABELS: Record<InvoiceStatus, string> = {
  in_progress: "In progress",
  created: "Created",
};

/** What the list's status column says: In progress, Created or Overdue. */
export function statusOf(invoice: Pick<InvoiceListItem, "status" | "overdue">): {
  label: string;
  color: string;
} {
  if (invoice.overdue) return { label: "Overdue", color: "red" };
  return invoice.status === "created"
    ? { label: STATUS_LABELS.created, color: "teal" }
    : { label: STATUS_LABELS.in_progress, color: "gray" };
}

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** A calendar date ("2026-01-15") as "15 Jan 2026", the same day wherever the browser is. */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** "3 invoices", "1 invoice" */
export function invoicesWord(n: number): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? "invoice" : "invoices"}`;
}
