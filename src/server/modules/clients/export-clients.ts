import { and, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ClientListQuery } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clientContacts, clients } from "../../db/schema/clients.js";
import { syncRecords } from "../../db/schema/sync-records.js";
import { users } from "../../db/schema/users.js";
import { yieldToEventLoop } from "../../lib/yield.js";
import type { ClientFilter } from "./client-filter.js";
import { primaryJoin, xeroLinkJoin } from "./client-view.js";
import { csvLine, UTF8_BOM } from "./csv.js";
import { matchingClientIds } from "./matching-client-ids.js";

const CHUNK = 500;

const HEADER = [
  "Name",
  "Short mark",
  "Registry code",
  "VAT number",
  "E-mail",
  "Phone",
  "Address",
  "Address, second line",
  "City",
  "Region",
  "Postal code",
  "Country",
  "Currency",
  "Responsible person",
  "Primary person",
  "Primary person's e-mail",
  "Primary person's phone",
  "Xero contact ID",
  "Status",
  "Created",
  "Updated",
  "Notes",
];

const responsible = alias(users, "responsible");

async function rowsOf(scope: CompanyScope, ids: string[]): Promise<string[]> {
  const rows = await scope.db
    .select({
      client: clients,
      responsible: responsible.name,
      xero: syncRecords.remoteId,
      person: clientContacts,
    })
    .from(clients)
    .leftJoin(
      responsible,
      and(eq(responsible.id, clients.responsibleUserId), eq(responsible.companyId, scope.companyId)),
    )
    .leftJoin(syncRecords, xeroLinkJoin(scope))
    .leftJoin(clientContacts, primaryJoin)
    .where(scope.where(clients, inArray(clients.id, ids)));
  const byId = new Map(rows.map((r) => [r.client.id, r]));
  const lines: string[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    // Deleted since the export started: left out.
    if (!row) continue;
    const { client: c, person: p } = row;
    lines.push(
      csvLine([
        c.name,
        c.shortMark,
        c.registryCode,
        c.vatNumber,
        c.email,
        c.phone,
        c.addressLine1,
        c.addressLine2,
        c.city,
        c.region,
        c.postalCode,
        c.country,
        c.currency,
        row.responsible,
        p ? [p.firstName, p.lastName].filter(Boolean).join(" ") : null,
        p?.email,
        p?.phone,
        row.xero,
        c.archivedAt ? "Archived" : "Active",
        c.createdAt.toISOString(),
        c.updatedAt.toISOString(),
        c.notes,
      ]),
    );
  }
  return lines;
}

/**
 * Every client the filter finds (not only a page), in the list's order, as CSV. Which clients
 * is decided once, at the start; their rows are then read and sent 500 at a time, so a large
 * register streams without being held in memory as a whole.
 */
export async function exportClients(
  scope: CompanyScope,
  query: ClientFilter & Pick<ClientListQuery, "sort">,
): Promise<ReadableStream<Uint8Array>> {
  const ids = await matchingClientIds(scope, query);
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvLine(HEADER)));
    },
    async pull(controller) {
      if (next >= ids.length) {
        controller.close();
        return;
      }
      const chunk = ids.slice(next, next + CHUNK);
      next += CHUNK;
      controller.enqueue(encoder.encode((await rowsOf(scope, chunk)).join("")));
      await yieldToEventLoop();
    },
  });
}
