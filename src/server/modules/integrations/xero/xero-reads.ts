import { z } from "zod";
import type { Logger } from "../../../lib/logger.js";
import type {
  AccessTokens,
  RemoteCurrency,
  RemoteList,
  RemoteProduct,
  RemoteRevenueAccount,
  RemoteTaxRate,
} from "../accounting-provider.js";
import { readContacts } from "./read-contacts.js";
import { XeroAccount, XeroCurrency, XeroItem, XeroTaxRate } from "./schemas/settings.js";
import type { XeroApi } from "./xero-api.js";
import { readXeroList, type XeroListSpec } from "./xero-list.js";

const TAX_RATES: XeroListSpec<XeroTaxRate> = {
  collection: "TaxRates",
  what: "tax rates",
  one: "tax rate",
  element: XeroTaxRate,
  idField: "TaxType",
  nameField: "Name",
};

const ACCOUNTS: XeroListSpec<XeroAccount> = {
  collection: "Accounts",
  what: "accounts",
  one: "account",
  element: XeroAccount,
  idField: "Code",
  nameField: "Name",
  // Only revenue accounts become resource codes.
  wanted: (raw) => raw.Class === "REVENUE",
};

const ITEMS: XeroListSpec<XeroItem> = {
  collection: "Items",
  what: "items",
  one: "item",
  element: XeroItem,
  idField: "Code",
  nameField: "Name",
  // Only items sold become products.
  wanted: (raw) => raw.IsSold === true,
};

const CURRENCIES: XeroListSpec<XeroCurrency> = {
  collection: "Currencies",
  what: "currencies",
  one: "currency",
  element: XeroCurrency,
  idField: "Code",
  nameField: "Description",
};

/** The first of each key: a list repeating a record names it once. */
function firstOf<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item).toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Xero reads for imports: every answer's envelope checked strictly and each record on its own
 * (see xero-list.ts), contacts paged with the largest page Xero allows (see read-contacts.ts).
 */
export function xeroReads(api: XeroApi, logger: Logger) {
  async function read<T>(
    tokens: AccessTokens,
    tenantId: string,
    spec: XeroListSpec<T>,
    query?: { unitdp: number },
  ) {
    const body = await api.request(tokens, {
      method: "GET",
      path: `/api.xro/2.0/${spec.collection}`,
      tenantId,
      query,
      schema: z.unknown(),
    });
    return readXeroList(body, spec, logger);
  }

  return {
    listCustomers: (
      tokens: AccessTokens,
      tenantId: string,
      progress?: (done: number, total: number) => Promise<void> | void,
    ) => readContacts(api, logger, tokens, tenantId, progress),

    async listTaxRates(tokens: AccessTokens, tenantId: string): Promise<RemoteList<RemoteTaxRate>> {
      const { items, refused } = await read(tokens, tenantId, TAX_RATES);
      return {
        items: firstOf(items, (t) => t.TaxType).map((t) => ({
          externalId: t.TaxType,
          name: t.Name,
          rate: (t.EffectiveRate ?? t.DisplayTaxRate ?? 0).toFixed(4),
          active: (t.Status ?? "ACTIVE") === "ACTIVE",
          forSales: t.CanApplyToRevenue !== false,
        })),
        refused,
      };
    },

    async listRevenueAccounts(
      tokens: AccessTokens,
      tenantId: string,
    ): Promise<RemoteList<RemoteRevenueAccount>> {
      const { items, refused } = await read(tokens, tenantId, ACCOUNTS);
      const coded = items.filter((a): a is XeroAccount & { Code: string } => !!a.Code);
      return {
        items: firstOf(coded, (a) => a.Code).map((a) => ({
          externalId: a.AccountID,
          code: a.Code,
          name: a.Name,
          active: (a.Status ?? "ACTIVE") === "ACTIVE",
        })),
        refused,
      };
    },

    async listProducts(tokens: AccessTokens, tenantId: string): Promise<RemoteList<RemoteProduct>> {
      const { items, refused } = await read(tokens, tenantId, ITEMS, { unitdp: 4 });
      return {
        items: firstOf(items, (i) => i.Code).map((i) => ({
          externalId: i.ItemID,
          code: i.Code,
          name: i.Name?.trim() || i.Code,
          description: i.Description?.trim() || null,
          unitPrice: i.SalesDetails?.UnitPrice != null ? i.SalesDetails.UnitPrice.toFixed(4) : null,
          accountCode: i.SalesDetails?.AccountCode ?? null,
          taxType: i.SalesDetails?.TaxType ?? null,
        })),
        refused,
      };
    },

    async listCurrencies(tokens: AccessTokens, tenantId: string): Promise<RemoteList<RemoteCurrency>> {
      const { items, refused } = await read(tokens, tenantId, CURRENCIES);
      return {
        items: firstOf(items, (c) => c.Code).map((c) => ({
          code: c.Code,
          description: c.Description?.trim() || c.Code,
        })),
        refused,
      };
    },
  };
}
