import { useQuery } from "@tanstack/react-query";
import { Dashboard } from "../../../shared/api/dashboard.js";
import { api } from "../../lib/api.js";
import { queryKeys } from "../../lib/query-keys.js";

/** The firm's numbers: active clients, those linked to Xero, the last import. */
export function useDashboard() {
  return useQuery({ queryKey: queryKeys.dashboard, queryFn: () => api.get("/dashboard", Dashboard) });
}
