import { useMutation, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { Currency, Product, ResourceCode, VatRate } from "../../../shared/api/billing.js";
import { ClassificatorImport, StartedImport } from "../../../shared/api/imports.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

export function useProducts() {
  return useQuery({
    queryKey: queryKeys.billingList("products"),
    queryFn: () => api.get("/billing/products", z.array(Product)),
  });
}

export function useVatRates() {
  return useQuery({
    queryKey: queryKeys.billingList("vat-rates"),
    queryFn: () => api.get("/billing/vat-rates", z.array(VatRate)),
  });
}

export function useResourceCodes() {
  return useQuery({
    queryKey: queryKeys.billingList("resource-codes"),
    queryFn: () => api.get("/billing/resource-codes", z.array(ResourceCode)),
  });
}

export function useCurrencies() {
  return useQuery({
    queryKey: queryKeys.billingList("currencies"),
    queryFn: () => api.get("/billing/currencies", z.array(Currency)),
  });
}

/** "Import classificators": VAT rates, resource codes, products and currencies from Xero. */
export function useStartClassificatorImport() {
  return useMutation({
    mutationFn: () => api.post("/billing/classificators/import", undefined, StartedImport),
  });
}

function isRunning(run: ClassificatorImport | undefined): boolean {
  return run?.status === "fetching" || run?.status === "importing";
}

/** A classificator import, followed every second until it is done or failed. */
export function useClassificatorImport(id: string | null) {
  return useQuery({
    queryKey: queryKeys.classificatorImport(id ?? ""),
    queryFn: async () => {
      const run = await api.get(`/billing/classificators/import/${id}`, ClassificatorImport);
      if (run.status === "done") void queryClient.invalidateQueries({ queryKey: queryKeys.billing });
      return run;
    },
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) => (isRunning(query.state.data) ? 1000 : false),
  });
}
