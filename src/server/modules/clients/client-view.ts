import { and, eq } from "drizzle-orm";
import type { Client, ClientContact } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clientContacts, clients } from "../../db/schema/clients.js";
import { syncRecords } from "../../db/schema/sync-records.js";

export type ClientRow = typeof clients.$inferSelect;
export type ContactRow = typeof clientContacts.$inferSelect;

export function toContact(row: ContactRow): ClientContact {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    phone: row.phone,
    role: row.role,
    primary: row.isPrimary,
  };
}

export function toClient(row: ClientRow, xeroContactId: string | null, primary: ContactRow | null): Client {
  return {
    id: row.id,
    name: row.name,
    shortMark: row.shortMark,
    registryCode: row.registryCode,
    vatNumber: row.vatNumber,
    email: row.email,
    phone: row.phone,
    address: {
      line1: row.addressLine1,
      line2: row.addressLine2,
      city: row.city,
      region: row.region,
      postalCode: row.postalCode,
      country: row.country,
    },
    currency: row.currency,
    notes: row.notes,
    responsibleUserId: row.responsibleUserId,
    archived: row.archivedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    xero: xeroContactId ? { contactId: xeroContactId } : null,
    primaryPerson: primary ? toContact(primary) : null,
  };
}

/** The join that brings a client's Xero link (the Integration column) along. */
export const xeroLinkJoin = (scope: CompanyScope) =>
  and(
    eq(syncRecords.localId, clients.id),
    eq(syncRecords.entity, "client"),
    eq(syncRecords.provider, "xero"),
    eq(syncRecords.companyId, scope.companyId),
  );

/** And the one that brings the primary person along. */
export const primaryJoin = and(eq(clientContacts.clientId, clients.id), eq(clientContacts.isPrimary, true));
