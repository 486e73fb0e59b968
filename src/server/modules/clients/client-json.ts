import { type SQLWrapper, sql } from "drizzle-orm";
import type { Client } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clientContacts, clients } from "../../db/schema/clients.js";
import { syncRecords } from "../../db/schema/sync-records.js";
import { primaryJoin, xeroLinkJoin } from "./client-view.js";

/** As JavaScript's toISOString() writes it, which is what the API answers. */
const iso = (column: SQLWrapper) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A client of the list, built by the database as one JSON value in the API's shape (`toClient`'s).
 * Fifty wide rows cost the embedded database more to hand over, field by field, than the query
 * takes; one JSON value per row is a third of that. The Xero link and the primary person are
 * looked up per client (each by a unique index), so only the clients of the page are read.
 */
export const clientJson = (scope: CompanyScope) => sql<Client>`json_build_object(
  'id', ${clients.id}, 'name', ${clients.name}, 'shortMark', ${clients.shortMark},
  'registryCode', ${clients.registryCode}, 'vatNumber', ${clients.vatNumber},
  'email', ${clients.email}, 'phone', ${clients.phone},
  'address', json_build_object(
    'line1', ${clients.addressLine1}, 'line2', ${clients.addressLine2}, 'city', ${clients.city},
    'region', ${clients.region}, 'postalCode', ${clients.postalCode}, 'country', ${clients.country}),
  'currency', ${clients.currency}, 'notes', ${clients.notes},
  'responsibleUserId', ${clients.responsibleUserId},
  'archived', ${clients.archivedAt} is not null,
  'createdAt', ${iso(clients.createdAt)}, 'updatedAt', ${iso(clients.updatedAt)},
  'xero', (select json_build_object('contactId', ${syncRecords.remoteId})
    from ${syncRecords} where ${xeroLinkJoin(scope)}),
  'primaryPerson', (select json_build_object(
    'id', ${clientContacts.id}, 'firstName', ${clientContacts.firstName},
    'lastName', ${clientContacts.lastName}, 'email', ${clientContacts.email},
    'phone', ${clientContacts.phone}, 'role', ${clientContacts.role},
    'primary', ${clientContacts.isPrimary}) from ${clientContacts} where ${primaryJoin}))`;
