import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox.js";
import { DEMO_FIRM_TENANT_ID } from "../seed/fixed-ids.js";
import { type AccountingClient, accountingClient, rows, startTestSandbox } from "../testing/harness.js";

type Row = Record<string, unknown>;
type Invoices = { Invoices: Row[] };
type Failure = { ErrorNumber: number; Type: string; Message: string; Elements: Row[] };

describe("invoices", () => {
  let sandbox: Sandbox;
  let api: AccountingClient;
  let contactId: string;
  let archivedContactId: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
    const contacts = (await api.get<{ Contacts: Row[] }>("/Contacts?includeArchived=true")).body.Contacts;
    contactId = String(contacts.find((c) => c.ContactStatus === "ACTIVE")?.ContactID);
    archivedContactId = String(contacts.find((c) => c.ContactStatus === "ARCHIVED")?.ContactID);
  });
  afterAll(() => sandbox.close());

  const sale = (overrides: Row = {}, line: Row = {}): Row => ({
    Type: "ACCREC",
    Contact: { ContactID: contactId },
    Date: "2026-03-02",
    DueDate: "2026-03-16",
    Status: "AUTHORISED",
    LineItems: [
      {
        Description: "Bookkeeping",
        Quantity: 1,
        UnitAmount: 100,
        AccountCode: "210",
        TaxType: "OUTPUT2",
        ...line,
      },
    ],
    ...overrides,
  });
  const create = async (invoice: Row, query = "") => {
    const answer = await api.put<Invoices>(`/Invoices${query}`, { Invoices: [invoice] });
    return { answer, invoice: answer.body.Invoices?.[0] ?? {} };
  };
  const errorsOf = async (invoice: Row): Promise<string[]> => {
    const answer = await api.put<Failure>("/Invoices", { Invoices: [invoice] });
    expect(answer.status).toBe(400);
    const element = answer.body.Elements[0] as { ValidationErrors: Array<{ Message: string }> };
    return element.ValidationErrors.map((e) => e.Message);
  };

  it("computes exclusive totals with discounts and numbers new sales invoices", async () => {
    const { answer, invoice } = await create(
      sale({}, { Quantity: 3, UnitAmount: 33.33, DiscountRate: 12.5 }),
    );
    expect(answer.status).toBe(200);
    expect(invoice).toMatchObject({
      SubTotal: 87.49,
      TotalTax: 17.5,
      Total: 104.99,
      AmountDue: 104.99,
      AmountPaid: 0,
      TotalDiscount: 12.5,
      IsDiscounted: true,
    });
    expect(rows(invoice.LineItems)[0]).toMatchObject({
      LineAmount: 87.49,
      TaxAmount: 17.5,
      DiscountRate: 12.5,
    });
    expect(String(invoice.InvoiceNumber)).toMatch(/^INV-\d{4}$/);
    expect(invoice.Date).toBe("/Date(1772409600000+0000)/");
    expect(invoice.DateString).toBe("2026-03-02T00:00:00");
  });

  it("takes tax out of inclusive lines and charges none on NoTax invoices", async () => {
    const inclusive = await create(sale({ LineAmountTypes: "Inclusive" }, { Quantity: 3, UnitAmount: 9.99 }));
    expect(inclusive.invoice).toMatchObject({ SubTotal: 24.97, TotalTax: 5, Total: 29.97 });
    const noTax = await create(sale({ LineAmountTypes: "NoTax" }, { Quantity: 2, UnitAmount: 50 }));
    expect(noTax.invoice).toMatchObject({ SubTotal: 100, TotalTax: 0, Total: 100 });
  });

  it("rounds unit amounts to 2 decimals unless unitdp=4", async () => {
    const two = await create(sale({}, { Quantity: 1000, UnitAmount: 0.0612, TaxType: "NONE" }));
    expect(rows(two.invoice.LineItems)[0]).toMatchObject({ UnitAmount: 0.06, LineAmount: 60 });
    const four = await create(sale({}, { Quantity: 1000, UnitAmount: 0.0612, TaxType: "NONE" }), "?unitdp=4");
    expect(rows(four.invoice.LineItems)[0]).toMatchObject({ UnitAmount: 0.0612, LineAmount: 61.2 });
    const id = String(four.invoice.InvoiceID);
    const lineOf = async (query: string) =>
      rows((await api.get<Invoices>(`/Invoices/${id}${query}`)).body.Invoices[0]?.LineItems)[0];
    expect((await lineOf(""))?.UnitAmount).toBe(0.06);
    expect((await lineOf("?unitdp=4"))?.UnitAmount).toBe(0.0612);
  });

  it("fills a line from its item and due dates from the payment terms", async () => {
    const { invoice } = await create(
      sale(
        { DueDate: undefined },
        {
          Description: undefined,
          UnitAmount: undefined,
          AccountCode: undefined,
          TaxType: undefined,
          ItemCode: "VATRET",
          Quantity: 2,
        },
      ),
    );
    expect(rows(invoice.LineItems)[0]).toMatchObject({
      ItemCode: "VATRET",
      Description: "VAT return",
      UnitAmount: 150,
      AccountCode: "210",
      TaxType: "OUTPUT2",
      LineAmount: 300,
    });
    expect(invoice.DueDate).toBe(`/Date(${Date.UTC(2026, 2, 16)}+0000)/`);
  });

  it("refuses what Xero refuses, with Xero-like messages", async () => {
    expect(await errorsOf(sale({}, { AccountCode: "999" }))).toEqual([
      "Account code '999' is not a valid code for this document.",
    ]);
    expect((await errorsOf(sale({}, { AccountCode: "230" })))[0]).toMatch(/has been archived/);
    expect(await errorsOf(sale({}, { ItemCode: "NOPE" }))).toEqual(["Item code 'NOPE' is not valid."]);
    for (const taxType of ["BOGUS", "OUTPUT", "TAX001", "INPUT2"]) {
      expect(await errorsOf(sale({}, { TaxType: taxType }))).toEqual([
        `The TaxType code ${taxType} does not exist or cannot be used for this type of transaction.`,
      ]);
    }
    expect(await errorsOf(sale({}, { AccountCode: undefined }))).toEqual(["Account code must be specified"]);
    expect((await errorsOf(sale({ Contact: { ContactID: archivedContactId } })))[0]).toMatch(/archived/);
    expect(
      (await errorsOf(sale({ Contact: { ContactID: "00000000-0000-4000-8000-000000000000" } })))[0],
    ).toMatch(/could not be found/);
    expect(await errorsOf(sale({ Contact: undefined }))).toEqual([
      "A Contact must be specified for this type of transaction",
    ]);
    expect(await errorsOf(sale({ DueDate: "2026-03-01" }))).toEqual([
      "The Due Date must be on or after the invoice Date.",
    ]);
    expect(await errorsOf(sale({ Date: "2026-02-30" }))).toEqual([
      "The Date '2026-02-30' is not a valid date.",
    ]);
    expect(await errorsOf(sale({ Status: "PAID" }))).toEqual([
      "Invoice status PAID cannot be used when creating an invoice.",
    ]);
    const { invoice } = await create(sale({ InvoiceNumber: "K-2026-001" }));
    expect(invoice.InvoiceNumber).toBe("K-2026-001");
    expect(await errorsOf(sale({ InvoiceNumber: "k-2026-001" }))).toEqual(["Invoice # must be unique."]);
  });

  it("lets drafts leave out account codes and creates contacts named on an invoice", async () => {
    const draft = await create(
      sale({ Status: "DRAFT", Contact: { Name: "Brand New Client Ltd" } }, { AccountCode: undefined }),
    );
    expect(draft.answer.status).toBe(200);
    const contacts = await api.get<{ Contacts: Row[] }>(
      `/Contacts?where=${encodeURIComponent('Name=="Brand New Client Ltd"')}`,
    );
    expect(contacts.body.Contacts[0]).toMatchObject({ IsCustomer: true });
    const authorise = await api.post<Failure>(`/Invoices/${String(draft.invoice.InvoiceID)}`, {
      Status: "AUTHORISED",
    });
    expect(authorise.status).toBe(400);
    expect(JSON.stringify(authorise.body)).toContain("Account code must be specified");
  });

  it("with summarizeErrors=false answers 200 and marks each invoice OK or ERROR", async () => {
    const answer = await api.put<Invoices>("/Invoices?summarizeErrors=false", {
      Invoices: [sale({ Reference: "batch-ok" }), sale({ Reference: "batch-bad" }, { AccountCode: "999" })],
    });
    expect(answer.status).toBe(200);
    const [ok, bad] = answer.body.Invoices;
    expect(ok).toMatchObject({ HasErrors: false, StatusAttributeString: "OK", Reference: "batch-ok" });
    expect(bad).toMatchObject({
      HasErrors: true,
      StatusAttributeString: "ERROR",
      ValidationErrors: [{ Message: "Account code '999' is not a valid code for this document." }],
    });
  });

  it("by default answers 400 for a batch with failures but still saves the valid invoices", async () => {
    const answer = await api.put<Failure>("/Invoices", {
      Invoices: [sale({ Reference: "summary-ok" }), sale({ Reference: "summary-bad" }, { TaxType: "BOGUS" })],
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      ErrorNumber: 10,
      Type: "ValidationException",
      Message: "A validation exception occurred",
    });
    expect(answer.body.Elements).toHaveLength(1);
    expect(answer.body.Elements[0]).toMatchObject({ Reference: "summary-bad", HasErrors: true });
    const saved = await api.get<Invoices>(`/Invoices?where=${encodeURIComponent('Reference=="summary-ok"')}`);
    expect(saved.body.Invoices).toHaveLength(1);
  });

  it("refuses more than 50 invoices in one call and bodies that are not JSON", async () => {
    const many = await api.put<Failure>("/Invoices", { Invoices: Array.from({ length: 51 }, () => sale()) });
    expect(many.status).toBe(400);
    expect(many.body.Type).toBe("ValidationException");
    const garbage = await api.put<Failure>("/Invoices", "{not json");
    expect(garbage.status).toBe(400);
    expect(garbage.body.Type).toBe("PostDataInvalidException");
  });

  it("updates with POST by InvoiceID or InvoiceNumber; PUT always creates", async () => {
    const { invoice } = await create(sale({ InvoiceNumber: "UPD-1", Reference: "before" }));
    sandbox.advanceClock(60);
    const byId = await api.post<Invoices>("/Invoices", {
      Invoices: [{ InvoiceID: invoice.InvoiceID, Reference: "by id" }],
    });
    expect(byId.body.Invoices[0]).toMatchObject({
      InvoiceID: invoice.InvoiceID,
      Reference: "by id",
      Total: invoice.Total,
    });
    expect(byId.body.Invoices[0]?.UpdatedDateUTC).not.toBe(invoice.UpdatedDateUTC);
    const byNumber = await api.post<Invoices>("/Invoices", {
      Invoices: [{ InvoiceNumber: "UPD-1", Type: "ACCREC", Reference: "by number" }],
    });
    expect(byNumber.body.Invoices[0]).toMatchObject({ InvoiceID: invoice.InvoiceID, Reference: "by number" });
    expect(
      (await api.put<Failure>("/Invoices", { Invoices: [sale({ InvoiceNumber: "UPD-1" })] })).status,
    ).toBe(400);
  });

  it("moves through DRAFT, SUBMITTED, AUTHORISED and refuses illegal transitions", async () => {
    const { invoice } = await create(sale({ Status: "DRAFT" }));
    const id = String(invoice.InvoiceID);
    const status = async (to: string) =>
      api.post<Invoices & Failure>(`/Invoices/${id}`, { Invoices: [{ Status: to }] });
    expect((await status("SUBMITTED")).body.Invoices[0]?.Status).toBe("SUBMITTED");
    expect((await status("AUTHORISED")).body.Invoices[0]?.Status).toBe("AUTHORISED");
    const deleted = await status("DELETED");
    expect(deleted.status).toBe(400);
    expect(JSON.stringify(deleted.body)).toContain("Invoice not of valid status for modification");
    expect((await status("VOIDED")).body.Invoices[0]?.Status).toBe("VOIDED");
    expect((await status("AUTHORISED")).status).toBe(400);
    const draft = await create(sale({ Status: "DRAFT" }));
    expect(
      (await api.post<Invoices>(`/Invoices/${String(draft.invoice.InvoiceID)}`, { Status: "DELETED" })).body
        .Invoices[0]?.Status,
    ).toBe("DELETED");
  });

  it("applies payments: partial, then full (PAID with FullyPaidOnDate); overpaying and voiding paid invoices are refused", async () => {
    const { invoice } = await create(sale({}, { Quantity: 1, UnitAmount: 100 }));
    const id = String(invoice.InvoiceID);
    const pay = (amount: number, date = "2026-03-10") =>
      api.put<{ Payments: Row[] } & Failure>("/Payments", {
        Payments: [{ Invoice: { InvoiceID: id }, Account: { Code: "090" }, Date: date, Amount: amount }],
      });
    sandbox.advanceClock(120);
    expect((await pay(50)).status).toBe(200);
    let current = (await api.get<Invoices>(`/Invoices/${id}`)).body.Invoices[0];
    expect(current).toMatchObject({ Status: "AUTHORISED", AmountPaid: 50, AmountDue: 70 });
    expect(current?.UpdatedDateUTC).not.toBe(invoice.UpdatedDateUTC);
    expect((await pay(70.01)).status).toBe(400);
    expect(JSON.stringify((await pay(70.01)).body)).toContain("exceeds the amount outstanding");
    expect((await api.post<Failure>(`/Invoices/${id}`, { Status: "VOIDED" })).status).toBe(400);
    expect((await pay(70, "2026-03-12")).status).toBe(200);
    current = (await api.get<Invoices>(`/Invoices/${id}`)).body.Invoices[0];
    expect(current).toMatchObject({
      Status: "PAID",
      AmountPaid: 120,
      AmountDue: 0,
      FullyPaidOnDate: `/Date(${Date.UTC(2026, 2, 12)}+0000)/`,
    });
    expect(current?.Payments).toHaveLength(2);
    expect((await api.post<Failure>(`/Invoices/${id}`, { Reference: "late change" })).status).toBe(400);
    const draft = await create(sale({ Status: "DRAFT" }));
    const toDraft = await api.put<Failure>("/Payments", {
      Payments: [
        {
          Invoice: { InvoiceID: draft.invoice.InvoiceID },
          Account: { Code: "090" },
          Date: "2026-03-10",
          Amount: 1,
        },
      ],
    });
    expect(toDraft.status).toBe(400);
  });

  it("dates FullyPaidOnDate by the latest payment and needs a payment Date", async () => {
    const { invoice } = await create(sale({}, { Quantity: 1, UnitAmount: 100 }));
    const pay = (amount: number, date?: string) =>
      api.put<{ Payments: Row[] } & Failure>("/Payments", {
        Payments: [{ InvoiceNumber: invoice.InvoiceNumber, Code: "090", Date: date, Amount: amount }],
      });
    const undated = await pay(20);
    expect(undated.status).toBe(400);
    expect(JSON.stringify(undated.body)).toContain("The payment Date must be specified.");
    expect((await pay(20, "2026-03-14")).status).toBe(200);
    // Entered second but dated earlier: the invoice was fully paid on the 14th.
    expect((await pay(100, "2026-03-11")).status).toBe(200);
    const paid = (await api.get<Invoices>(`/Invoices/${String(invoice.InvoiceID)}`)).body.Invoices[0];
    expect(paid).toMatchObject({
      Status: "PAID",
      AmountDue: 0,
      FullyPaidOnDate: `/Date(${Date.UTC(2026, 2, 14)}+0000)/`,
    });
  });

  it("gives the amount back when a payment is deleted", async () => {
    const { invoice } = await create(sale());
    const paid = await api.put<{ Payments: Row[] }>("/Payments", {
      Payments: [
        {
          Invoice: { InvoiceID: invoice.InvoiceID },
          Account: { Code: "090" },
          Date: "2026-03-16",
          Amount: 120,
        },
      ],
    });
    expect((await api.get<Invoices>(`/Invoices/${String(invoice.InvoiceID)}`)).body.Invoices[0]?.Status).toBe(
      "PAID",
    );
    await api.post(`/Payments/${String(paid.body.Payments[0]?.PaymentID)}`, { Status: "DELETED" });
    expect(
      (await api.get<Invoices>(`/Invoices/${String(invoice.InvoiceID)}`)).body.Invoices[0],
    ).toMatchObject({
      Status: "AUTHORISED",
      AmountPaid: 0,
      AmountDue: 120,
    });
  });
});
