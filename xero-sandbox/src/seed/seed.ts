import { DEMO_APP } from "../identity/apps.js";
import { Prng } from "../prng.js";
import type { SandboxState, SeedProfile } from "../state.js";
import { seedContacts, seedSuppliers } from "./contacts.js";
import { DEMO_FIRM_TENANT_ID, DEMO_ORGANISATIONS, DEMO_USERS } from "./fixed-ids.js";
import { organisationBooks } from "./organisations.js";
import { ACTIVITY, CUSTOMER_COUNTS, SUPPLIERS } from "./profiles.js";
import { seedSettings } from "./settings.js";
import { seedBankTransactions, seedCreditNotes, seedInvoices } from "./transactions.js";

export interface SeedRequest {
  profile: SeedProfile;
  /** Customer contacts in the firm's organisation instead of the demo's ~60 (for benchmarks). */
  contacts?: number;
  /** Sales invoices in the firm's organisation instead of the demo's few. */
  invoices?: number;
}

/**
 * Replaces every organisation's books with the profile's data, dated relative to the
 * sandbox's seed anchor and drawn from generators seeded by tenant id, so the same request
 * always gives the same data. Users and the demo app are (re)registered; grants and
 * connections are left alone, so a connected client keeps working across reseeds.
 */
export function seedWorld(state: SandboxState, request: SeedRequest): void {
  const anchor = state.seedAnchor;
  if (!state.apps.has(DEMO_APP.clientId))
    state.apps.set(DEMO_APP.clientId, { ...DEMO_APP, redirectUris: [] });
  for (const user of DEMO_USERS) {
    state.users.set(user.email, { ...user, tenantIds: [...user.tenantIds] });
  }
  state.tenants = new Map();
  for (const org of DEMO_ORGANISATIONS) {
    const prng = new Prng(`${org.tenantId}:${request.profile}`);
    const books = organisationBooks(org, anchor);
    seedSettings(books, org, prng, anchor - 200 * 86_400_000);
    state.tenants.set(org.tenantId, books);
    const firm = org.tenantId === DEMO_FIRM_TENANT_ID;
    const contactCount =
      firm && request.contacts !== undefined
        ? request.contacts
        : request.profile === "demo"
          ? CUSTOMER_COUNTS[org.kind]
          : 0;
    const customers = seedContacts(books, prng, {
      count: contactCount,
      anchor,
      fixedNames: firm ? DEMO_ORGANISATIONS.filter((o) => o.kind !== "firm").map((o) => o.name) : undefined,
      individualsEvery: org.kind === "dental" ? 1 : 5,
      archivedEvery: org.kind === "firm" ? 15 : 0,
    });
    if (request.profile === "empty") {
      if (firm && request.invoices)
        seedInvoices(books, prng, {
          anchor,
          customers,
          suppliers: [],
          profile: ACTIVITY[org.kind],
          count: request.invoices,
        });
      continue;
    }
    const suppliers = seedSuppliers(books, prng, SUPPLIERS[org.kind], anchor);
    const profile = ACTIVITY[org.kind];
    seedInvoices(books, prng, {
      anchor,
      customers: firm ? customers.slice(0, 30) : customers,
      suppliers,
      profile,
      count: firm ? request.invoices : undefined,
    });
    if (!firm) {
      seedBankTransactions(books, prng, { anchor, customers, suppliers, profile });
      seedCreditNotes(books, prng, { anchor, profile });
    }
  }
}
