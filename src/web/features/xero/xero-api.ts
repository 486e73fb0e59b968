import { useMutation, useQuery } from "@tanstack/react-query";
import { AuthorizeAnswer, Connection } from "../../../shared/api/integrations.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

/** Kontor's connection to Xero: status, billing organisation and every organisation reached. */
export function useXeroConnection({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.xeroConnection,
    queryFn: () => api.get("/integrations/xero", Connection),
    enabled,
  });
}

function remember(connection: Connection): void {
  queryClient.setQueryData(queryKeys.xeroConnection, connection);
}

function reload(): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.xeroConnection });
}

/**
 * "Authorize Xero": asks Kontor for Xero's login and consent page and sends the browser there.
 * Stays pending while the browser leaves, so the button cannot be pressed twice.
 */
export function useAuthorizeXero() {
  return useMutation({
    mutationFn: () => api.post("/integrations/xero/authorize", undefined, AuthorizeAnswer),
    onSuccess: ({ url }) => window.location.assign(url),
    onError: reload,
  });
}

/** Makes one of the connected organisations the billing organisation. */
export function useChooseBillingOrganisation() {
  return useMutation({
    mutationFn: (tenantId: string) => api.post("/integrations/xero/tenant", { tenantId }, Connection),
    onSuccess: remember,
    onError: reload,
  });
}

/** Disconnects: Kontor's access is removed in Xero too; data already in Kontor stays. */
export function useDisconnectXero() {
  return useMutation({
    mutationFn: () => api.post("/integrations/xero/disconnect", undefined, Connection),
    onSuccess: remember,
    onError: reload,
  });
}

/** "Test connection": one light call to Xero; a revoked access comes back as needs re-authorization. */
export function useTestXeroConnection() {
  return useMutation({
    mutationFn: () => api.post("/integrations/xero/check", undefined, Connection),
    onSuccess: remember,
    onError: reload,
  });
}
