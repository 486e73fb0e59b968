import type { clientContacts, clients } from "../../../db/schema/clients.js";
import type { RemoteCustomer } from "../accounting-provider.js";

/** The client fields an import reads from the accounting system, by the names the preview shows. */
export const IMPORTED_FIELDS = [
  "name",
  "shortMark",
  "registryCode",
  "vatNumber",
  "email",
  "phone",
  "address.line1",
  "address.line2",
  "address.city",
  "address.region",
  "address.postalCode",
  "address.country",
  "currency",
  "primaryPerson.firstName",
  "primaryPerson.lastName",
  "primaryPerson.email",
  "primaryPerson.phone",
] as const;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];
export type FieldValues = Record<ImportedField, string | null>;

export interface FieldChange {
  field: ImportedField;
  from: string | null;
  to: string | null;
  /** Edited in Kontor since the last import: Kontor's value is kept. */
  conflict: boolean;
}

export function remoteValues(r: RemoteCustomer): FieldValues {
  return {
    name: r.name,
    shortMark: r.shortMark,
    registryCode: r.registryCode,
    vatNumber: r.vatNumber,
    email: r.email,
    phone: r.phone,
    "address.line1": r.address.line1,
    "address.line2": r.address.line2,
    "address.city": r.address.city,
    "address.region": r.address.region,
    "address.postalCode": r.address.postalCode,
    "address.country": r.address.country,
    currency: r.currency,
    "primaryPerson.firstName": r.person?.firstName ?? null,
    "primaryPerson.lastName": r.person?.lastName ?? null,
    "primaryPerson.email": r.person?.email ?? null,
    "primaryPerson.phone": r.person?.phone ?? null,
  };
}

export function kontorValues(
  c: typeof clients.$inferSelect,
  primary: typeof clientContacts.$inferSelect | null | undefined,
): FieldValues {
  return {
    name: c.name,
    shortMark: c.shortMark,
    registryCode: c.registryCode,
    vatNumber: c.vatNumber,
    email: c.email,
    phone: c.phone,
    "address.line1": c.addressLine1,
    "address.line2": c.addressLine2,
    "address.city": c.city,
    "address.region": c.region,
    "address.postalCode": c.postalCode,
    "address.country": c.country,
    currency: c.currency,
    "primaryPerson.firstName": primary?.firstName ?? null,
    "primaryPerson.lastName": primary?.lastName ?? null,
    "primaryPerson.email": primary?.email ?? null,
    "primaryPerson.phone": primary?.phone ?? null,
  };
}

/**
 * What an import would change on an existing client. A value the accounting system lacks does
 * not blank one Kontor has, unless Kontor's came from the last import (it was removed there).
 * A field edited in Kontor since the last import is a conflict: Kontor's value stays unless the
 * user takes Xero's; one the user chose to keep is left out while Xero's value is what was kept.
 */
export function diffClient(
  current: FieldValues,
  incoming: FieldValues,
  synced: Partial<FieldValues> | null,
  kept: Partial<FieldValues> | null = null,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of IMPORTED_FIELDS) {
    const from = current[field];
    const to = incoming[field];
    if (from === to) continue;
    const last = synced?.[field];
    if (to === null && (synced === null || last !== from)) continue;
    const conflict = synced !== null && last !== undefined && last !== from;
    // The user kept Kontor's value over this very value of Xero's: quiet until Xero's changes.
    if (conflict && kept && field in kept && kept[field] === to) continue;
    changes.push({ field, from, to, conflict });
  }
  return changes;
}

/**
 * The fields where Kontor's value stays over Xero's after an import: those the user chose to
 * keep now (with Xero's value, to stay quiet until it changes), and those kept earlier that
 * are still quiet. A conflict left undecided is shown again next time.
 */
export function keptAfterImport(
  kept: Partial<FieldValues> | null,
  changes: FieldChange[],
  takeOf: (field: ImportedField) => "xero" | "kontor" | undefined,
): Partial<FieldValues> | null {
  const next: Partial<FieldValues> = { ...(kept ?? {}) };
  for (const change of changes) {
    if (change.conflict && takeOf(change.field) === "kontor") next[change.field] = change.to;
    else delete next[change.field];
  }
  return Object.keys(next).length > 0 ? next : null;
}
