import { asc, desc, eq } from "drizzle-orm";
import type { ClientDetail } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clientContacts, clients } from "../../db/schema/clients.js";
import { syncRecords } from "../../db/schema/sync-records.js";
import { notFound } from "../../lib/errors.js";
import { toClient, toContact, xeroLinkJoin } from "./client-view.js";

export async function getClient(scope: CompanyScope, id: string): Promise<ClientDetail> {
  const [row] = await scope.db
    .select({ client: clients, xeroContactId: syncRecords.remoteId })
    .from(clients)
    .leftJoin(syncRecords, xeroLinkJoin(scope))
    .where(scope.where(clients, eq(clients.id, id)))
    .limit(1);
  if (!row) throw notFound("The client");
  const contacts = await scope.db
    .select()
    .from(clientContacts)
    .where(scope.where(clientContacts, eq(clientContacts.clientId, id)))
    .orderBy(desc(clientContacts.isPrimary), asc(clientContacts.lastName), asc(clientContacts.firstName));
  const primary = contacts.find((c) => c.isPrimary) ?? null;
  return { ...toClient(row.client, row.xeroContactId, primary), contacts: contacts.map(toContact) };
}
