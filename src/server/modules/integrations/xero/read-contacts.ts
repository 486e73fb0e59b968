import { z } from "zod";
import type { Logger } from "../../../lib/logger.js";
import type {
  AccessTokens,
  Progress,
  RefusedRecord,
  RemoteCustomer,
  RemoteList,
} from "../accounting-provider.js";
import { IntegrationError } from "../integration-error.js";
import { toRemoteCustomer } from "./contact-mapping.js";
import { XeroContact } from "./schemas/contact.js";
import type { XeroApi } from "./xero-api.js";
import { readXeroList, type XeroListSpec } from "./xero-list.js";

/** Xero's largest page: 10,000 contacts are 10 calls. */
export const CONTACTS_PAGE_SIZE = 1000;
/** The most pages one read takes (100,000 contacts), whatever Xero announces. */
export const MAX_CONTACT_PAGES = 100;
/** One read spends at most this share of the calls the organisation has left today. */
const DAY_SHARE = 0.5;

const CONTACTS: XeroListSpec<XeroContact> = {
  collection: "Contacts",
  what: "contacts",
  one: "contact",
  element: XeroContact,
  idField: "ContactID",
  nameField: "Name",
  // Archived contacts are listed only when asked for; anything not ACTIVE is not offered.
  wanted: (raw) => (raw.ContactStatus ?? "ACTIVE") === "ACTIVE",
};

const fmt = (n: number) => n.toLocaleString("en-GB");

/**
 * Every active contact, a page of 1,000 at a time. Paging ends at the first page shorter than a
 * full one (or at the page count Xero gives, if sooner): an endless page count with empty pages
 * costs one call. A read never takes more than 100 pages, nor more than half the calls the
 * organisation has left today; a contact repeated on a later page (the list shifted) is read once.
 */
export async function readContacts(
  api: XeroApi,
  logger: Logger,
  tokens: AccessTokens,
  tenantId: string,
  progress?: Progress,
): Promise<RemoteList<RemoteCustomer>> {
  const seen = new Set<string>();
  const items: RemoteCustomer[] = [];
  const refused: RefusedRecord[] = [];
  let maxPages = MAX_CONTACT_PAGES;
  for (let page = 1; ; page++) {
    const body = await api.request(tokens, {
      method: "GET",
      path: "/api.xro/2.0/Contacts",
      tenantId,
      query: { page, pageSize: CONTACTS_PAGE_SIZE, order: "Name ASC" },
      schema: z.unknown(),
    });
    const answer = readXeroList(body, CONTACTS, logger);
    let fresh = 0;
    for (const contact of answer.items) {
      const key = contact.ContactID.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      fresh++;
      items.push(toRemoteCustomer(contact));
    }
    for (const record of answer.refused) {
      const key = record.externalId?.toLowerCase();
      if (key && seen.has(key)) continue;
      if (key) seen.add(key);
      refused.push(record);
    }
    if (page === 1) maxPages = pageLimit(api.callsLeftToday(tenantId));
    const announced = answer.pagination;
    // Short against the page size asked for, or a smaller one Xero says it used.
    const full = Math.min(CONTACTS_PAGE_SIZE, announced?.pageSize ?? CONTACTS_PAGE_SIZE);
    const last = answer.count < full || (announced !== null && page >= announced.pageCount);
    const done = items.length + refused.length;
    const expected = Math.min(announced?.itemCount ?? done, maxPages * CONTACTS_PAGE_SIZE);
    await progress?.(done, last ? done : Math.max(done, expected));
    if (last) return { items, refused };
    if (answer.items.length > 0 && fresh === 0) {
      throw new IntegrationError(
        "bad_response",
        "Xero sent the same contacts again instead of the next page. Nothing was changed; try again later.",
      );
    }
    if (page >= maxPages || (announced?.pageCount ?? 0) > maxPages) {
      throw tooManyPages(page, maxPages, api.callsLeftToday(tenantId), announced?.itemCount);
    }
  }
}

function pageLimit(callsLeft: number | undefined): number {
  if (callsLeft === undefined) return MAX_CONTACT_PAGES;
  return Math.min(MAX_CONTACT_PAGES, 1 + Math.floor(callsLeft * DAY_SHARE));
}

function tooManyPages(page: number, maxPages: number, callsLeft?: number, announced?: number) {
  const calls = `${fmt(page)} ${page === 1 ? "call" : "calls"}`;
  const listed = announced ? ` (Xero lists ${fmt(announced)})` : "";
  if (maxPages < MAX_CONTACT_PAGES && callsLeft !== undefined) {
    // Not a passing failure to retry at once: the day's calls come back tomorrow.
    return new IntegrationError(
      "bad_response",
      `Reading every contact${listed} would take more than half of the ${fmt(callsLeft)} Xero calls left today for this organisation, so Kontor stopped after ${calls}. Try again tomorrow.`,
    );
  }
  return new IntegrationError(
    "bad_response",
    `Xero has more contacts${listed} than Kontor reads in one import (${fmt(MAX_CONTACT_PAGES * CONTACTS_PAGE_SIZE)}), so Kontor stopped after ${calls}. Nothing was changed.`,
  );
}
