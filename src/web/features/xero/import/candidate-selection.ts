import type { ImportCandidate } from "../../../../shared/api/imports.js";
import { type PreviewFilter, passes } from "./review-order.js";

/** For ambiguous contacts, the client the user says it is (`null`: import it as a new client). */
export type Resolutions = ReadonlyMap<string, string | null>;
const NONE: Resolutions = new Map();

/** A contact Kontor refused when it read it (its reason says why): it cannot be imported as it is. */
export function isRefused(candidate: ImportCandidate): boolean {
  return candidate.outcome === "failed";
}

/**
 * An ambiguous match (several Kontor clients fit) is imported only once the user chose which it
 * is; a refused contact not at all.
 */
export function canImport(candidate: ImportCandidate, resolution: string | null | undefined): boolean {
  if (isRefused(candidate)) return false;
  return candidate.match !== "ambiguous" || resolution !== undefined;
}

export function isImportable(candidate: ImportCandidate, resolutions: Resolutions = NONE): boolean {
  return canImport(candidate, resolutions.get(candidate.xeroContactId));
}

/** Customers first; contacts that are suppliers only are shown apart. */
export function splitCandidates(candidates: ImportCandidate[]) {
  const customers: ImportCandidate[] = [];
  const suppliers: ImportCandidate[] = [];
  for (const c of candidates) (c.supplierOnly ? suppliers : customers).push(c);
  return { customers, suppliers };
}

/** What is selected when the preview opens: every customer that can be imported, no supplier. */
export function defaultSelection(candidates: ImportCandidate[]): Set<string> {
  return new Set(candidates.filter((c) => !c.supplierOnly && isImportable(c)).map((c) => c.xeroContactId));
}

/** The candidates a filter and a search show (words in the name, e-mail or person), in order. */
export function filterCandidates(candidates: ImportCandidate[], filter: PreviewFilter, search: string) {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const text = (c: ImportCandidate) => [c.name, c.email, c.person].filter(Boolean).join(" ").toLowerCase();
  return candidates.filter((c) => passes(c, filter) && words.every((w) => text(c).includes(w)));
}

/** Selects or clears every importable candidate in `shown`, leaving the others as they were. */
export function toggleAll(
  selected: Set<string>,
  shown: ImportCandidate[],
  select: boolean,
  resolutions: Resolutions = NONE,
): Set<string> {
  const next = new Set(selected);
  for (const c of shown) {
    if (!isImportable(c, resolutions)) continue;
    if (select) next.add(c.xeroContactId);
    else next.delete(c.xeroContactId);
  }
  return next;
}

/** How many of `shown` are selected, of how many that could be. */
export function selectionOf(
  selected: Set<string>,
  shown: ImportCandidate[],
  resolutions: Resolutions = NONE,
) {
  let count = 0;
  let importable = 0;
  for (const c of shown) {
    if (!isImportable(c, resolutions)) continue;
    importable += 1;
    if (selected.has(c.xeroContactId)) count += 1;
  }
  return { count, importable };
}

export type Take = "xero" | "kontor";
/** For conflicting fields, per contact: take Xero's value or keep Kontor's. */
export type FieldChoices = ReadonlyMap<string, ReadonlyMap<string, Take>>;

/** The choices to send with Confirm: which client each ambiguous contact is, and whose value each conflict takes; only for selected contacts. */
export function chosenResolutions(
  selected: Set<string>,
  resolutions: Resolutions,
  fieldChoices: FieldChoices = new Map(),
) {
  return [
    ...[...resolutions]
      .filter(([id]) => selected.has(id))
      .map(([xeroContactId, clientId]) => ({ xeroContactId, clientId })),
    ...[...fieldChoices]
      .filter(([id]) => selected.has(id))
      .flatMap(([xeroContactId, fields]) =>
        [...fields].map(([field, take]) => ({ xeroContactId, field, take })),
      ),
  ];
}
