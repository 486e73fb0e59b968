import { useCurrencies, useProducts, useResourceCodes, useVatRates } from "../billing-api.js";
import { useBillingSettings } from "../setup/billing-settings-api.js";

/** What the invoice editor offers: products, VAT rates, resource codes, currencies and the settings. */
export function useEditorLists() {
  const queries = {
    products: useProducts(),
    vatRates: useVatRates(),
    resourceCodes: useResourceCodes(),
    currencies: useCurrencies(),
    settings: useBillingSettings(),
  };
  const all = Object.values(queries);
  const failed = all.find((q) => q.isError);
  if (all.some((q) => q.isPending) || failed) {
    return {
      ready: false as const,
      error: failed?.error ?? null,
      retry: () => {
        for (const q of all) void q.refetch();
      },
    };
  }
  return {
    ready: true as const,
    products: queries.products.data!.filter((p) => p.active),
    vatRates: queries.vatRates.data!,
    resourceCodes: queries.resourceCodes.data!,
    currencies: queries.currencies.data!,
    settings: queries.settings.data!,
  };
}
export type EditorLists = Extract<ReturnType<typeof useEditorLists>, { ready: true }>;
