import type {
  AccessTokens,
  Progress,
  RemoteCurrency,
  RemoteCustomer,
  RemoteProduct,
  RemoteRevenueAccount,
  RemoteTaxRate,
} from "../accounting-provider.js";
import { toRemoteCustomer } from "./contact-mapping.js";
import { XeroContact } from "./schemas/contact.js";
import { xeroList } from "./schemas/envelope.js";
import { XeroAccount, XeroCurrency, XeroItem, XeroTaxRate } from "./schemas/settings.js";
import type { XeroApi } from "./xero-api.js";

const ACCOUNTING = "/api.xro/2.0";
/** Xero's largest page: 10,000 contacts are 10 calls. */
export const CONTACTS_PAGE_SIZE = 1000;

const ContactsPage = xeroList("Contacts", XeroContact);
const TaxRates = xeroList("TaxRates", XeroTaxRate);
const Accounts = xeroList("Accounts", XeroAccount);
const Items = xeroList("Items", XeroItem);
const Currencies = xeroList("Currencies", XeroCurrency);

/** Xero reads for imports: every call validated, paged with the largest page Xero allows. */
export function xeroReads(api: XeroApi) {
  return {
    async listCustomers(
      tokens: AccessTokens,
      tenantId: string,
      progress?: Progress,
    ): Promise<RemoteCustomer[]> {
      const customers: RemoteCustomer[] = [];
      for (let page = 1; ; page++) {
        const answer = await api.request(tokens, {
          method: "GET",
          path: `${ACCOUNTING}/Contacts`,
          tenantId,
          query: { page, pageSize: CONTACTS_PAGE_SIZE, order: "Name ASC" },
          schema: ContactsPage,
        });
        // Archived contacts are not listed unless asked for; anything not ACTIVE is not offered.
        for (const contact of answer.Contacts) {
          if ((contact.ContactStatus ?? "ACTIVE") === "ACTIVE") customers.push(toRemoteCustomer(contact));
        }
        const total = answer.pagination?.itemCount ?? customers.length;
        await progress?.(Math.min(page * CONTACTS_PAGE_SIZE, total), total);
        const lastPage = answer.pagination
          ? page >= answer.pagination.pageCount
          : answer.Contacts.length < CONTACTS_PAGE_SIZE;
        if (lastPage) return customers;
      }
    },

    async listTaxRates(tokens: AccessTokens, tenantId: string): Promise<RemoteTaxRate[]> {
      const answer = await api.request(tokens, {
        method: "GET",
        path: `${ACCOUNTING}/TaxRates`,
        tenantId,
        schema: TaxRates,
      });
      return answer.TaxRates.map((t) => ({
        externalId: t.TaxType,
        name: t.Name,
        rate: (t.EffectiveRate ?? t.DisplayTaxRate ?? 0).toFixed(4),
        active: (t.Status ?? "ACTIVE") === "ACTIVE",
        forSales: t.CanApplyToRevenue !== false,
      }));
    },

    async listRevenueAccounts(tokens: AccessTokens, tenantId: string): Promise<RemoteRevenueAccount[]> {
      const answer = await api.request(tokens, {
        method: "GET",
        path: `${ACCOUNTING}/Accounts`,
        tenantId,
        schema: Accounts,
      });
      return answer.Accounts.filter((a) => a.Class === "REVENUE" && a.Code).map((a) => ({
        externalId: a.AccountID,
        code: a.Code!,
        name: a.Name,
        active: (a.Status ?? "ACTIVE") === "ACTIVE",
      }));
    },

    async listProducts(tokens: AccessTokens, tenantId: string): Promise<RemoteProduct[]> {
      const answer = await api.request(tokens, {
        method: "GET",
        path: `${ACCOUNTING}/Items`,
        tenantId,
        query: { unitdp: 4 },
        schema: Items,
      });
      return answer.Items.filter((i) => i.IsSold).map((i) => ({
        externalId: i.ItemID,
        code: i.Code,
        name: i.Name?.trim() || i.Code,
        description: i.Description?.trim() || null,
        unitPrice: i.SalesDetails?.UnitPrice != null ? i.SalesDetails.UnitPrice.toFixed(4) : null,
        accountCode: i.SalesDetails?.AccountCode ?? null,
        taxType: i.SalesDetails?.TaxType ?? null,
      }));
    },

    async listCurrencies(tokens: AccessTokens, tenantId: string): Promise<RemoteCurrency[]> {
      const answer = await api.request(tokens, {
        method: "GET",
        path: `${ACCOUNTING}/Currencies`,
        tenantId,
        schema: Currencies,
      });
      return answer.Currencies.map((c) => ({ code: c.Code, description: c.Description ?? c.Code }));
    },
  };
}
