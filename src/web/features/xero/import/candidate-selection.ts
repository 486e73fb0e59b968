import type { ImportCandidate } from "../../../../shared/api/imports.js";

export type MatchFilter = "all" | "new" | "existing" | "ambiguous";

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

/** "Only new": the new customers, nothing else. */
export function onlyNew(candidates: ImportCandidate[]): Set<string> {
  return new Set(candidates.filter((c) => !c.supplierOnly && c.match === "new").map((c) => c.xeroContactId));
}

/** The candidates a filter and a search show, in the preview's order. */
export function filterCandidates(candidates: ImportCandidate[], match: MatchFilter, search: string) {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return candidates.filter(
    (c) => (match === "all" || c.match === match) && words.every((w) => c.name.toLowerCase().includes(w)),
  );
}

export function countByMatch(candidates: ImportCandidate[]): Record<MatchFilter, number> {
  const counts = { all: candidates.length, new: 0, existing: 0, ambiguous: 0 };
  for (const c of candidates) counts[c.match] += 1;
  return counts;
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

/** The choices to send with Confirm: only for ambiguous contacts that are selected. */
export function chosenResolutions(selected: Set<string>, resolutions: Resolutions) {
  return [...resolutions]
    .filter(([id]) => selected.has(id))
    .map(([xeroContactId, clientId]) => ({ xeroContactId, clientId }));
}
