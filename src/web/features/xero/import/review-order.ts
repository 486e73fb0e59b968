import type { ImportCandidate } from "../../../../shared/api/imports.js";

/** What a contact asks of the person reviewing the import. */
export type ReviewKind = "conflict" | "changed" | "ambiguous" | "new" | "refused" | "unchanged";

/** The preview's filters; "all" shows every contact, unchanged ones folded away. */
export type PreviewFilter = "all" | "conflicts" | "changed" | "new" | "unchanged" | "ambiguous";

export function kindOf(c: ImportCandidate): ReviewKind {
  if (c.outcome === "failed") return "refused";
  if (c.match !== "existing") return c.match;
  if (c.changes.some((change) => change.conflict)) return "conflict";
  return c.changes.length > 0 ? "changed" : "unchanged";
}

const ORDER: Record<ReviewKind, number> = {
  conflict: 0,
  changed: 1,
  ambiguous: 2,
  new: 3,
  refused: 4,
  unchanged: 5,
};

/** Conflicts and changes first (what needs a look), then the rest; the preview's order within each. */
export function reviewOrder(candidates: ImportCandidate[]): ImportCandidate[] {
  return candidates
    .map((c, i) => [c, i] as const)
    .sort(([a, i], [b, j]) => ORDER[kindOf(a)] - ORDER[kindOf(b)] || i - j)
    .map(([c]) => c);
}

const FILTER_KIND: Record<Exclude<PreviewFilter, "all">, ReviewKind> = {
  conflicts: "conflict",
  changed: "changed",
  new: "new",
  unchanged: "unchanged",
  ambiguous: "ambiguous",
};

export function passes(c: ImportCandidate, filter: PreviewFilter): boolean {
  return filter === "all" || kindOf(c) === FILTER_KIND[filter];
}

export function countByFilter(candidates: ImportCandidate[]): Record<PreviewFilter, number> {
  const counts = { all: candidates.length, conflicts: 0, changed: 0, new: 0, unchanged: 0, ambiguous: 0 };
  for (const c of candidates) {
    const kind = kindOf(c);
    if (kind === "conflict") counts.conflicts += 1;
    else if (kind !== "refused") counts[kind] += 1;
  }
  return counts;
}
