import { useQuery } from "@tanstack/react-query";
import { Outbox } from "../../../shared/api/outbox.js";
import { api } from "../../lib/api.js";
import { queryKeys } from "../../lib/query-keys.js";

/** The company's kept mail, and whether mail goes to the Outbox at all (Owner and Admins). */
export function useOutbox({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: queryKeys.outbox, queryFn: () => api.get("/outbox", Outbox), enabled });
}
