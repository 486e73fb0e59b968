import { useQuery } from "@tanstack/react-query";
import { Support } from "../../../shared/api/support.js";
import { api } from "../../lib/api.js";
import { queryKeys } from "../../lib/query-keys.js";

/** Where users reach whoever runs this Kontor; it changes only when Kontor restarts. */
export function useSupport() {
  return useQuery({
    queryKey: queryKeys.support,
    queryFn: () => api.get("/support", Support),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
