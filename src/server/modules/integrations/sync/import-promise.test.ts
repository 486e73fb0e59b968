import { count } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { Currency, Product, VatRate } from "../../../../shared/api/billing.js";
import type { ImportRun } from "../../../../shared/api/imports.js";
import { currencies, products, resourceCodes, vatRates } from "../../../db/schema/billing.js";
import { clientContacts, clients } from "../../../db/schema/clients.js";
import { syncRecords } from "../../../db/schema/sync-records.js";
import { setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";
import { addXeroContact } from "../test/xero-books.js";

const t = setupTestApp({ xero: true });

/** Rows in every table an import writes to. */
async function written() {
  const n = async (table: PgTable) => (await t.database.db.select({ n: count() }).from(table))[0]!.n;
  return {
    clients: await n(clients),
    people: await n(clientContacts),
    links: await n(syncRecords),
    vatRates: await n(vatRates),
    resourceCodes: await n(resourceCodes),
    products: await n(products),
    currencies: await n(currencies),
  };
}

describe("the import's promise: nothing changes before Confirm", () => {
  it("a fetched but unconfirmed preview writes nothing, and shows the classificators it would bring along", async () => {
    const owner = await t.signUp();
    await enableXero(t, owner);
    await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
    const contact = addXeroContact(t.sandbox, { Name: "Kestrel Cafe Limited" });
    const before = await written();

    const started = await owner.post<{ id: string }>("/api/integrations/xero/imports");
    await t.jobs.runAll();
    const run = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${started.body.id}`)).body;
    expect(run.status).toBe("ready");
    expect(await written()).toEqual(before);
    expect((await owner.get<VatRate[]>("/api/billing/vat-rates")).body).toEqual([]);
    // What Confirm would also bring in, counted from Xero as the classificator import takes it.
    expect(run.alsoBrings).toMatchObject({ vatRates: expect.any(Number), products: expect.any(Number) });
    expect(run.alsoBrings!.vatRates).toBeGreaterThan(0);
    expect(run.alsoBrings!.products).toBeGreaterThan(0);

    await owner.post(`/api/integrations/xero/imports/${run.id}/confirm`, { xeroContactIds: [contact] });
    await t.jobs.runAll();
    const vat = (await owner.get<VatRate[]>("/api/billing/vat-rates")).body;
    const sold = (await owner.get<Product[]>("/api/billing/products")).body;
    expect(vat).toHaveLength(run.alsoBrings!.vatRates);
    expect(sold).toHaveLength(run.alsoBrings!.products);
    expect((await owner.get<Currency[]>("/api/billing/currencies")).body).toHaveLength(
      run.alsoBrings!.currencies,
    );

    // Once they are in, a later import brings nothing along.
    const again = await owner.post<{ id: string }>("/api/integrations/xero/imports");
    await t.jobs.runAll();
    const next = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${again.body.id}`)).body;
    expect(next.alsoBrings).toBeNull();
  });
});
