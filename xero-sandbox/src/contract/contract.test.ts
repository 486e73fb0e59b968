import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox.js";
import { DEMO_BAKERY_TENANT_ID, DEMO_FIRM_TENANT_ID } from "../seed/fixed-ids.js";
import { accountingClient, answerOf, startTestSandbox, type XeroAnswer } from "../testing/harness.js";
import { findXeroOpenApiDir, loadXeroContract, type XeroContract } from "./openapi-validator.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const specDir = findXeroOpenApiDir(repoRoot);
const title = specDir
  ? "contract: every operation validates against Xero's OpenAPI"
  : "contract (skipped: ../shared/xero-openapi not found)";

type Row = Record<string, unknown>;
type List = Record<string, Row[]>;

describe.skipIf(!specDir)(title, () => {
  let sandbox: Sandbox;
  let contract: XeroContract;
  let token: string;

  beforeAll(async () => {
    contract = loadXeroContract(specDir ?? "");
    sandbox = await startTestSandbox();
    token = (await sandbox.connect()).access_token;
  });
  afterAll(() => sandbox.close());

  /** Sends one call and checks both directions against the spec. */
  /**
   * Sends one call and checks both directions against the spec, strictly: besides types and
   * enums, no field the spec does not declare (Xero ignores unknown fields it is sent, and a
   * client would miss a field the sandbox invented or misspelt).
   */
  async function exchange(
    method: "GET" | "PUT" | "POST" | "DELETE",
    pathAndQuery: string,
    body?: unknown,
    tenantId = DEMO_FIRM_TENANT_ID,
    extraHeaders: Record<string, string> = {},
  ): Promise<XeroAnswer<Record<string, unknown>>> {
    const requestPath = `/api.xro/2.0${pathAndQuery}`;
    const headers = { "xero-tenant-id": tenantId, authorization: `Bearer ${token}`, ...extraHeaders };
    expect(contract.validateRequest({ method, path: requestPath, headers, body, strict: true })).toEqual([]);
    const client = accountingClient(sandbox, token, tenantId);
    const answer =
      method === "GET"
        ? await client.get(pathAndQuery, extraHeaders)
        : method === "PUT"
          ? await client.put(pathAndQuery, body, extraHeaders)
          : await client.post(pathAndQuery, body, extraHeaders);
    expect(
      contract.validateResponse({
        method,
        path: requestPath,
        status: answer.status,
        body: answer.body,
        strict: true,
      }),
    ).toEqual([]);
    return answer;
  }

  it("settings: Organisation, Accounts, TaxRates, Currencies, Items", async () => {
    expect((await exchange("GET", "/Organisation")).status).toBe(200);
    const accounts = (await exchange("GET", "/Accounts?where=Status%3D%3D%22ACTIVE%22&order=Code"))
      .body as List;
    const account = accounts.Accounts?.[0];
    expect((await exchange("GET", `/Accounts/${String(account?.AccountID)}`)).status).toBe(200);
    expect((await exchange("GET", "/TaxRates")).status).toBe(200);
    expect((await exchange("GET", "/TaxRates/OUTPUT2")).status).toBe(200);
    expect((await exchange("GET", "/Currencies")).status).toBe(200);
    const items = (await exchange("GET", "/Items?unitdp=4")).body as List;
    expect((await exchange("GET", `/Items/${String(items.Items?.[0]?.ItemID)}`)).status).toBe(200);
    // Xero answers /Items/{Code} and /Invoices/{InvoiceNumber}, where its spec says uuid only.
    const code = String(items.Items?.[0]?.Code);
    expect(contract.validateRequest({ method: "GET", path: `/api.xro/2.0/Items/${code}` })).toEqual([
      'path parameter ItemID must match format "uuid"',
    ]);
    const byCode = await accountingClient(sandbox, token, DEMO_FIRM_TENANT_ID).get(`/Items/${code}`);
    expect(
      contract.validateResponse({
        method: "GET",
        path: "/api.xro/2.0/Items/x",
        status: byCode.status,
        body: byCode.body,
        strict: true,
      }),
    ).toEqual([]);
    const since = { "If-Modified-Since": "2025-01-01T00:00:00" };
    expect((await exchange("GET", "/Items?where=IsSold%3D%3Dtrue", undefined, undefined, since)).status).toBe(
      200,
    );
    expect((await exchange("GET", "/Accounts", undefined, undefined, since)).status).toBe(200);
  });

  it("contacts: list, one, create, update", async () => {
    const list = (await exchange("GET", "/Contacts?page=1&pageSize=5&includeArchived=true&order=Name"))
      .body as List;
    const id = String(list.Contacts?.[0]?.ContactID);
    expect((await exchange("GET", `/Contacts/${id}`)).status).toBe(200);
    expect((await exchange("GET", "/Contacts?summaryOnly=true")).status).toBe(200);
    const ids = list.Contacts?.slice(0, 2).map((c) => String(c.ContactID)) ?? [];
    expect(
      (
        await exchange(
          "GET",
          `/Contacts?IDs=${ids.join(",")}&includeArchived=true&searchTerm=ltd&page=1&pageSize=10`,
          undefined,
          undefined,
          { "If-Modified-Since": "2025-06-01T12:00:00.000Z" },
        )
      ).status,
    ).toBe(200);
    const created = await exchange("PUT", "/Contacts", {
      Contacts: [
        {
          Name: "Contract Test Ltd",
          EmailAddress: "hello@contract.example",
          Phones: [{ PhoneType: "MOBILE", PhoneNumber: "07700 900123" }],
          Addresses: [{ AddressType: "STREET", AddressLine1: "1 Test Street", City: "Leeds" }],
          ContactPersons: [
            {
              FirstName: "Cara",
              LastName: "Test",
              EmailAddress: "cara@contract.example",
              IncludeInEmails: true,
            },
          ],
        },
      ],
    });
    expect(created.status).toBe(200);
    const newId = String((created.body as List).Contacts?.[0]?.ContactID);
    expect(
      (
        await exchange("POST", "/Contacts", {
          Contacts: [{ ContactID: newId, Website: undefined, AccountNumber: "CT-1" }],
        })
      ).status,
    ).toBe(200);
    expect(
      (await exchange("POST", `/Contacts/${newId}`, { Contacts: [{ ContactNumber: "CT-0001" }] })).status,
    ).toBe(200);
    const byNumber = await exchange("GET", "/Contacts/CT-0001");
    expect(contract.operationOf("GET", "/api.xro/2.0/Contacts/CT-0001")?.operationId).toBe(
      "getContactByContactNumber",
    );
    expect((byNumber.body as List).Contacts?.[0]?.ContactID).toBe(newId);
    const batch = await exchange("PUT", "/Contacts?summarizeErrors=false", {
      Contacts: [{ Name: "Contract Batch Ltd" }, { Name: "Contract Test Ltd" }],
    });
    expect((batch.body as List).Contacts?.map((c) => c.StatusAttributeString)).toEqual(["OK", "ERROR"]);
    const duplicate = await exchange("PUT", "/Contacts", { Contacts: [{ Name: "Contract Test Ltd" }] });
    expect(duplicate.status).toBe(400);
  });

  it("invoices: list, one, create, update, batch errors", async () => {
    const list = (await exchange("GET", "/Invoices?page=1&pageSize=10&Statuses=AUTHORISED,PAID&unitdp=4"))
      .body as List;
    const id = String(list.Invoices?.[0]?.InvoiceID);
    expect((await exchange("GET", `/Invoices/${id}?unitdp=4`)).status).toBe(200);
    const number = String(list.Invoices?.[0]?.InvoiceNumber);
    const byNumber = await accountingClient(sandbox, token, DEMO_FIRM_TENANT_ID).get(`/Invoices/${number}`);
    expect(byNumber.status).toBe(200);
    expect(
      contract.validateResponse({
        method: "GET",
        path: `/api.xro/2.0/Invoices/${id}`,
        status: byNumber.status,
        body: byNumber.body,
        strict: true,
      }),
    ).toEqual([]);
    const contactOf = String((list.Invoices?.[0]?.Contact as Row | undefined)?.ContactID);
    expect(
      (
        await exchange(
          "GET",
          `/Invoices?InvoiceNumbers=${number}&ContactIDs=${contactOf}&createdByMyApp=false&searchTerm=INV&page=1&pageSize=5&order=Date%20DESC`,
          undefined,
          undefined,
          { "If-Modified-Since": "2020-01-01T00:00:00" },
        )
      ).status,
    ).toBe(200);
    expect((await exchange("GET", "/Invoices?where=Type%3D%3D%22ACCREC%22&summaryOnly=true")).status).toBe(
      200,
    );
    const contacts = (await exchange("GET", "/Contacts?page=1&pageSize=1")).body as List;
    const contactId = String(contacts.Contacts?.[0]?.ContactID);
    const invoice = {
      Type: "ACCREC",
      Contact: { ContactID: contactId },
      Date: "2026-03-01",
      DueDate: "2026-03-15",
      LineAmountTypes: "Exclusive",
      Reference: "Contract",
      Status: "AUTHORISED",
      LineItems: [
        {
          Description: "Bookkeeping",
          Quantity: 2,
          UnitAmount: 125.5,
          AccountCode: "210",
          TaxType: "OUTPUT2",
          DiscountRate: 10,
        },
      ],
    };
    const created = await exchange("PUT", "/Invoices?summarizeErrors=false&unitdp=4", {
      Invoices: [invoice, { ...invoice, Contact: {} }],
    });
    expect(created.status).toBe(200);
    const createdId = String((created.body as List).Invoices?.[0]?.InvoiceID);
    expect(
      (await exchange("POST", "/Invoices", { Invoices: [{ InvoiceID: createdId, Reference: "Changed" }] }))
        .status,
    ).toBe(200);
    expect(
      (await exchange("POST", `/Invoices/${createdId}`, { Invoices: [{ Reference: "Again" }] })).status,
    ).toBe(200);
    const failed = await exchange("PUT", "/Invoices", {
      Invoices: [
        { ...invoice, LineItems: [{ Description: "x", Quantity: 1, UnitAmount: 1, AccountCode: "999" }] },
      ],
    });
    expect(failed.status).toBe(400);
  });

  it("payments: create, list, one, delete", async () => {
    const invoices = (await exchange("GET", "/Invoices?page=1&Statuses=AUTHORISED")).body as List;
    const invoice = invoices.Invoices?.find((i) => Number(i.AmountDue) > 1);
    const created = await exchange("PUT", "/Payments", {
      Payments: [
        {
          Invoice: { InvoiceID: invoice?.InvoiceID },
          Account: { Code: "090" },
          Date: "2026-03-10",
          Amount: 1,
        },
      ],
    });
    expect(created.status).toBe(200);
    const paymentId = String((created.body as List).Payments?.[0]?.PaymentID);
    expect(
      (
        await exchange("POST", "/Payments", {
          Invoice: { InvoiceID: invoice?.InvoiceID },
          Account: { Code: "090" },
          Date: "2026-03-11",
          Amount: 0.5,
        })
      ).status,
    ).toBe(200);
    expect((await exchange("GET", "/Payments?page=1&where=Status%3D%3D%22AUTHORISED%22")).status).toBe(200);
    expect((await exchange("GET", `/Payments/${paymentId}`)).status).toBe(200);
    expect((await exchange("POST", `/Payments/${paymentId}`, { Status: "DELETED" })).status).toBe(200);
  });

  it("bank transactions and credit notes", async () => {
    const txns = (
      await exchange("GET", "/BankTransactions?page=1&pageSize=100", undefined, DEMO_BAKERY_TENANT_ID)
    ).body as List;
    const txnId = String(txns.BankTransactions?.[0]?.BankTransactionID);
    expect(
      (await exchange("GET", `/BankTransactions/${txnId}`, undefined, DEMO_BAKERY_TENANT_ID)).status,
    ).toBe(200);
    const notes = (await exchange("GET", "/CreditNotes?page=1", undefined, DEMO_BAKERY_TENANT_ID))
      .body as List;
    const noteId = String(notes.CreditNotes?.[0]?.CreditNoteID);
    expect((await exchange("GET", `/CreditNotes/${noteId}`, undefined, DEMO_BAKERY_TENANT_ID)).status).toBe(
      200,
    );
  });

  it("identity: token answers carry Xero's token fields", async () => {
    const tokens = await sandbox.connect();
    expect(contract.validateTokenResponse(tokens)).toEqual([]);
    for (const field of ["id_token", "access_token", "token_type", "refresh_token"])
      expect(typeof (tokens as unknown as Row)[field], field).toBe("string");
    expect(tokens.expires_in).toBe(1800);
    expect(contract.validateTokenResponse({ access_token: "x", expires_in: "1800" })).not.toEqual([]);
  });

  it("connections: list and delete", async () => {
    const tokens = await sandbox.connect({ tenantIds: [DEMO_BAKERY_TENANT_ID] });
    const auth = { authorization: `Bearer ${tokens.access_token}` };
    const listPath = `/connections?authEventId=${tokens.authEventId}`;
    expect(contract.validateRequest({ method: "GET", path: listPath })).toEqual([]);
    const list = await answerOf<Array<Record<string, unknown>>>(
      await fetch(`${sandbox.apiUrl}${listPath}`, { headers: auth }),
    );
    expect(
      contract.validateResponse({
        method: "GET",
        path: "/connections",
        status: list.status,
        body: list.body,
      }),
    ).toEqual([]);
    const id = String(list.body[0]?.id);
    expect(contract.validateRequest({ method: "DELETE", path: `/connections/${id}` })).toEqual([]);
    const deleted = await fetch(`${sandbox.apiUrl}/connections/${id}`, { method: "DELETE", headers: auth });
    expect(
      contract.validateResponse({ method: "DELETE", path: `/connections/${id}`, status: deleted.status }),
    ).toEqual([]);
    expect(deleted.status).toBe(204);
  });

  it("strict checks catch fields Xero's schemas do not declare", () => {
    const body = { Contacts: [{ Name: "A", EmailAdress: "a@b.example" }] };
    expect(contract.validateRequest({ method: "PUT", path: "/api.xro/2.0/Contacts", body })).toEqual([]);
    expect(
      contract.validateRequest({ method: "PUT", path: "/api.xro/2.0/Contacts", body, strict: true }),
    ).toEqual(["request body/Contacts/0/EmailAdress is not a field Xero's schema declares"]);
    const answer = {
      Id: "x",
      Status: "OK",
      ProviderName: "Kontor",
      DateTimeUTC: "/Date(1)/",
      Invoices: [
        {
          InvoiceID: "00000000-0000-4000-8000-000000000000",
          DateString: "2026-01-01T00:00:00",
          Contact: { ContactId: "y" },
        },
      ],
    };
    expect(
      contract.validateResponse({
        method: "GET",
        path: "/api.xro/2.0/Invoices",
        status: 200,
        body: answer,
        strict: true,
      }),
    ).toEqual(["response body/Invoices/0/Contact/ContactId is not a field Xero's schema declares"]);
  });

  it("flags requests that Xero would not understand", () => {
    expect(contract.validateRequest({ method: "GET", path: "/api.xro/2.0/Invoices?pageSize=ten" })).toContain(
      "query parameter pageSize must be integer",
    );
    expect(contract.validateRequest({ method: "GET", path: "/api.xro/2.0/Invoices?pagesize2=1" })[0]).toMatch(
      /pagesize2 is not defined/,
    );
    expect(contract.validateRequest({ method: "GET", path: "/api.xro/2.0/Invoices", headers: {} })).toContain(
      "header xero-tenant-id is required",
    );
    expect(
      contract.validateRequest({
        method: "PUT",
        path: "/api.xro/2.0/Invoices",
        body: { Invoices: [{ Type: "INVOICE" }] },
      })[0],
    ).toMatch(/Type must be equal to one of the allowed values/);
    expect(contract.validateRequest({ method: "GET", path: "/api.xro/2.0/Nonsense" })[0]).toMatch(
      /no such operation/,
    );
  });
});
