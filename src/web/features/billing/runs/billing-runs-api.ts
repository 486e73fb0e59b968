import { useMutation, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { BillingRun, BillingRunPreview } from "../../../../shared/api/contracts.js";
import { api } from "../../../lib/api.js";
import { queryClient } from "../../../lib/query-client.js";
import { queryKeys } from "../../../lib/query-keys.js";

/** How often a working run is asked how far it is. */
const FOLLOW_MS = 1000;

export function isWorking(run: BillingRun | undefined): boolean {
  return run?.status === "queued" || run?.status === "running";
}

/** What creating invoices for the period would make; null: this month in the company's time zone. */
export function useBillingRunPreview(period: string | null, { enabled = true } = {}) {
  return useQuery({
    queryKey: queryKeys.billingRunPreview(period ?? ""),
    queryFn: () => api.get(`/billing/runs/preview${period ? `?period=${period}` : ""}`, BillingRunPreview),
    enabled,
    staleTime: 0,
  });
}

/** "Create N invoices": starts a run of the period; the page follows it by its id. */
export function useStartBillingRun() {
  return useMutation({
    mutationFn: (period: string) => api.post("/billing/runs", { period }, z.object({ id: z.uuid() })),
  });
}

/**
 * A billing run, followed every second while it works. When it is over, the invoice lists and
 * previews load again (they show its invoices now).
 */
export function useBillingRun(id: string | null) {
  return useQuery({
    queryKey: queryKeys.billingRun(id ?? ""),
    queryFn: async () => {
      const run = await api.get(`/billing/runs/${id}`, BillingRun);
      if (!isWorking(run)) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.invoices });
        void queryClient.invalidateQueries({ queryKey: ["billing-runs", "preview"] });
      }
      return run;
    },
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) => (isWorking(query.state.data) ? FOLLOW_MS : false),
  });
}
