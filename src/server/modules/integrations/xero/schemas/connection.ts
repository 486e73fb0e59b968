import { z } from "zod";
import { xeroDate } from "../xero-date.js";

/** GET /connections: the organisations (tenants) the access token's grant reaches. */
export const XeroConnection = z.object({
  id: z.string(),
  authEventId: z.string().nullish(),
  tenantId: z.string(),
  tenantType: z.string(),
  tenantName: z.string().nullish(),
  createdDateUtc: xeroDate.nullish(),
  updatedDateUtc: xeroDate.nullish(),
});
export type XeroConnection = z.infer<typeof XeroConnection>;

export const XeroConnections = z.array(XeroConnection);
