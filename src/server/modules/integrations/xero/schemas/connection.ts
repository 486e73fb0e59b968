import { z } from "zod";
import { xeroDate } from "../xero-date.js";
import { xeroId, xeroText } from "./text.js";

/** An organisation's name as Kontor shows it: cleaned, and cut short if Xero sent something absurd. */
const tenantName = xeroText.transform((name) => (name.length > 200 ? `${name.slice(0, 199)}…` : name));

/** GET /connections: the organisations (tenants) the access token's grant reaches. */
export const XeroConnection = z.object({
  id: xeroId,
  authEventId: z.string().nullish(),
  tenantId: xeroId,
  tenantType: xeroText.pipe(z.string().max(50)),
  tenantName: tenantName.nullish(),
  createdDateUtc: xeroDate.nullish(),
  updatedDateUtc: xeroDate.nullish(),
});
export type XeroConnection = z.infer<typeof XeroConnection>;

export const XeroConnections = z.array(XeroConnection);
