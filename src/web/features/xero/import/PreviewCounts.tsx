import { Title } from "@mantine/core";
import type { ImportCandidate } from "../../../../shared/api/imports.js";
import { isRefused } from "./candidate-selection.js";

const n = (count: number) => count.toLocaleString("en-GB");

/** "56 customers (3 new, 53 existing) · 3 suppliers, not selected": counts that add up. */
export function previewCounts(customers: ImportCandidate[], suppliers: ImportCandidate[]): string {
  const by = { new: 0, existing: 0, ambiguous: 0, refused: 0 };
  for (const c of customers) by[isRefused(c) ? "refused" : c.match] += 1;
  const parts = [
    by.new > 0 && `${n(by.new)} new`,
    by.existing > 0 && `${n(by.existing)} existing`,
    by.ambiguous > 0 && `${n(by.ambiguous)} ambiguous`,
    by.refused > 0 && `${n(by.refused)} cannot be imported`,
  ].filter(Boolean);
  const head = `${n(customers.length)} ${customers.length === 1 ? "customer" : "customers"}`;
  const text = parts.length > 0 ? `${head} (${parts.join(", ")})` : head;
  if (suppliers.length === 0) return text;
  return `${text} · ${n(suppliers.length)} ${suppliers.length === 1 ? "supplier" : "suppliers"}, not selected`;
}

export function PreviewCounts(props: {
  customers: ImportCandidate[];
  suppliers: ImportCandidate[];
  organisation: string;
}) {
  return (
    <Title order={3} fz="md">
      From {props.organisation}: {previewCounts(props.customers, props.suppliers)}
    </Title>
  );
}
