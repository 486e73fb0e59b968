import type { ConfirmImportBody } from "../../../../shared/api/imports.js";
import type { importCandidates } from "../../../db/schema/imports.js";
import { AppError } from "../../../lib/errors.js";

type Known = Pick<
  typeof importCandidates.$inferSelect,
  "externalId" | "name" | "match" | "clientId" | "ambiguousWith" | "changes"
>;
export type Resolution = NonNullable<ConfirmImportBody["resolutions"]>[number];
export type MatchResolution = Extract<Resolution, { clientId: string | null }>;
export type FieldResolution = Extract<Resolution, { field: string }>;

export const isFieldResolution = (r: Resolution): r is FieldResolution => "field" in r;
export const isMatchResolution = (r: Resolution): r is MatchResolution => "clientId" in r;

function fail(problems: string[]) {
  if (problems.length === 0) return;
  throw new AppError(
    "validation_failed",
    problems.length === 1 ? problems[0]! : `${problems[0]} (and ${problems.length - 1} more)`,
    problems.slice(0, 20).map((message) => ({ field: "resolutions", message })),
  );
}

/** Taking Xero's value or keeping Kontor's is a choice only for a field the preview shows in conflict. */
export function checkFieldResolutions(known: Known[], wanted: Set<string>, resolutions: FieldResolution[]) {
  const byId = new Map(known.map((k) => [k.externalId, k]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of resolutions) {
    const k = byId.get(r.xeroContactId);
    const key = `${r.xeroContactId}\u0000${r.field}`;
    if (seen.has(key)) problems.push(`${k?.name ?? r.xeroContactId}: ${r.field} is chosen twice.`);
    seen.add(key);
    if (!k || !wanted.has(r.xeroContactId)) {
      problems.push(`${k?.name ?? r.xeroContactId} is not among the contacts being imported.`);
      continue;
    }
    if (!k.changes.some((c) => c.field === r.field && c.conflict))
      problems.push(`${k.name}: ${r.field} is not in conflict, so there is nothing to choose.`);
  }
  fail(problems);
}

/**
 * The user's choice for ambiguous contacts must be one the preview offered, for a contact being
 * imported, and may not hand one Kontor client to two contacts: that would be the silent merge
 * the matching rules refuse.
 */
export function checkResolutions(known: Known[], wanted: Set<string>, resolutions: MatchResolution[]) {
  const byId = new Map(known.map((k) => [k.externalId, k]));
  const problems: string[] = [];
  const seen = new Set<string>();
  const claimedBy = new Map<string, string>();
  for (const k of known) {
    if (k.match === "existing" && k.clientId && wanted.has(k.externalId)) claimedBy.set(k.clientId, k.name);
  }
  const nameOf = (k: Known, clientId: string) =>
    k.ambiguousWith?.find((a) => a.id === clientId)?.name ?? "that client";
  for (const r of resolutions) {
    const k = byId.get(r.xeroContactId);
    if (seen.has(r.xeroContactId)) problems.push(`${k?.name ?? r.xeroContactId} is chosen twice.`);
    seen.add(r.xeroContactId);
    if (!k || !wanted.has(r.xeroContactId)) {
      problems.push(`${k?.name ?? r.xeroContactId} is not among the contacts being imported.`);
      continue;
    }
    if (k.match !== "ambiguous") {
      problems.push(`${k.name} is not ambiguous: it needs no choice.`);
      continue;
    }
    if (r.clientId === null) continue;
    if (!k.ambiguousWith?.some((a) => a.id === r.clientId)) {
      problems.push(`${k.name} can only be matched to a client the preview offered.`);
      continue;
    }
    const other = claimedBy.get(r.clientId);
    if (other) problems.push(`${nameOf(k, r.clientId)} cannot be matched to both ${other} and ${k.name}.`);
    else claimedBy.set(r.clientId, k.name);
  }
  fail(problems);
}
