import { and, asc, eq, ne } from "drizzle-orm";
import type { ClientContact, CreateContactBody, UpdateContactBody } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clientContacts, clients } from "../../db/schema/clients.js";
import { AppError, notFound } from "../../lib/errors.js";
import { checkPersonValues } from "./client-checks.js";
import { toContact } from "./client-view.js";

async function findClient(scope: CompanyScope, clientId: string) {
  const client = await scope.first(clients, eq(clients.id, clientId));
  if (!client) throw notFound("The client");
  return client;
}

function contactValues(input: UpdateContactBody) {
  const { primary: _primary, ...fields } = input;
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/** Keeps exactly one primary person while the client has people: the chosen one, or the oldest. */
async function settlePrimary(
  tx: CompanyScope,
  clientId: string,
  chosen: string | null,
  now: Date,
): Promise<void> {
  const ofClient = eq(clientContacts.clientId, clientId);
  if (chosen) {
    await tx.update(
      clientContacts,
      { isPrimary: false, updatedAt: now },
      ofClient,
      ne(clientContacts.id, chosen),
    );
    await tx.update(clientContacts, { isPrimary: true, updatedAt: now }, eq(clientContacts.id, chosen));
    return;
  }
  const people = await tx.db
    .select({ id: clientContacts.id, isPrimary: clientContacts.isPrimary })
    .from(clientContacts)
    .where(tx.where(clientContacts, ofClient))
    .orderBy(asc(clientContacts.createdAt), asc(clientContacts.id));
  if (people.length > 0 && !people.some((p) => p.isPrimary)) {
    await tx.update(
      clientContacts,
      { isPrimary: true, updatedAt: now },
      eq(clientContacts.id, people[0]!.id),
    );
  }
}

export async function addContact(
  scope: CompanyScope,
  clientId: string,
  input: CreateContactBody,
  now: Date,
): Promise<ClientContact> {
  const client = await findClient(scope, clientId);
  const values = checkPersonValues(contactValues(input), null, client.country);
  return scope.transaction(async (tx) => {
    const [row] = await tx
      .insert(clientContacts, {
        clientId,
        ...values,
        isPrimary: false,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await settlePrimary(tx, clientId, input.primary ? row!.id : null, now);
    const saved = await tx.first(clientContacts, eq(clientContacts.id, row!.id));
    return toContact(saved!);
  });
}

export async function updateContact(
  scope: CompanyScope,
  clientId: string,
  contactId: string,
  input: UpdateContactBody,
  now: Date,
): Promise<ClientContact> {
  return scope.transaction(async (tx) => {
    const which = and(eq(clientContacts.id, contactId), eq(clientContacts.clientId, clientId));
    const current = await tx.first(clientContacts, which);
    if (!current) throw notFound("The person");
    const client = await findClient(tx, clientId);
    const values = checkPersonValues(contactValues(input), current, client.country);
    const next = { ...current, ...values };
    if (!next.firstName && !next.lastName) {
      throw new AppError("validation_failed", "Some fields need attention.", [
        { field: "firstName", message: "Enter a first or last name." },
      ]);
    }
    if (input.primary === false && current.isPrimary) {
      throw new AppError("conflict", "Make another person the primary person instead.");
    }
    await tx.update(clientContacts, { ...values, updatedAt: now }, which);
    if (input.primary) await settlePrimary(tx, clientId, contactId, now);
    return toContact((await tx.first(clientContacts, which))!);
  });
}

export async function removeContact(
  scope: CompanyScope,
  clientId: string,
  contactId: string,
  now: Date,
): Promise<void> {
  await scope.transaction(async (tx) => {
    const removed = await tx
      .delete(clientContacts, eq(clientContacts.id, contactId), eq(clientContacts.clientId, clientId))
      .returning({ id: clientContacts.id });
    if (removed.length === 0) throw notFound("The person");
    await settlePrimary(tx, clientId, null, now);
  });
}

export async function listContacts(scope: CompanyScope, clientId: string): Promise<ClientContact[]> {
  await findClient(scope, clientId);
  const rows = await scope.db
    .select()
    .from(clientContacts)
    .where(scope.where(clientContacts, eq(clientContacts.clientId, clientId)))
    .orderBy(asc(clientContacts.createdAt), asc(clientContacts.id));
  return rows.map(toContact);
}
