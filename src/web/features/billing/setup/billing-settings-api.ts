import { useMutation, useQuery } from "@tanstack/react-query";
import { BillingSettings } from "../../../../shared/api/billing-settings.js";
import { api } from "../../../lib/api.js";
import { queryClient } from "../../../lib/query-client.js";
import { queryKeys } from "../../../lib/query-keys.js";

const KEY = queryKeys.billingList("settings");

/** The Setup tab's settings: the defaults until the Owner or an Admin first saves them. */
export function useBillingSettings() {
  return useQuery({ queryKey: KEY, queryFn: () => api.get("/billing/settings", BillingSettings) });
}

export function useSaveBillingSettings() {
  return useMutation({
    mutationFn: (settings: BillingSettings) => api.put("/billing/settings", settings, BillingSettings),
    onSuccess: (saved) => queryClient.setQueryData(KEY, saved),
  });
}
