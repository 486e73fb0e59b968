import type { ImportCandidate } from "../../../../shared/api/imports.js";
import { fieldLabel } from "../../clients/client-fields.js";

type Change = ImportCandidate["changes"][number];

const quote = (value: string) => `“${value}”`;

/** One change an import would make to an existing client, in words. */
export function describeChange(change: Change): { field: string; text: string } {
  const field = fieldLabel(change.field);
  const { from, to } = change;
  if (change.conflict) {
    const kept = from === null ? "empty" : quote(from);
    const theirs = to === null ? "nothing" : quote(to);
    return { field, text: `Kontor has ${kept} (edited since the last import) — Xero has ${theirs}` };
  }
  if (from === null) return { field, text: `${quote(to ?? "")} added` };
  if (to === null) return { field, text: `${quote(from)} removed` };
  return { field, text: `${quote(from)} → ${quote(to)}` };
}

const MATCHED_BY: Record<NonNullable<ImportCandidate["matchedBy"]>, string> = {
  link: "linked earlier to this Xero contact",
  registry_code: "same registry code or VAT number",
  email: "same e-mail address",
  name: "matched by name",
};

/** Why a Xero contact was matched to a Kontor client. */
export function matchReason(candidate: ImportCandidate): string | null {
  return candidate.matchedBy ? MATCHED_BY[candidate.matchedBy] : null;
}
