import type { CreateClientBody, UpdateClientBody } from "../../../shared/api/clients.js";
import type { clients } from "../../db/schema/clients.js";

type ClientValues = Partial<Omit<typeof clients.$inferInsert, "id" | "companyId">>;

/** API fields → columns; only the fields present in the input. */
export function clientValues(input: CreateClientBody | UpdateClientBody): ClientValues {
  const values: ClientValues = {};
  if (input.name !== undefined) values.name = input.name;
  if (input.shortMark !== undefined) values.shortMark = input.shortMark;
  if (input.registryCode !== undefined) values.registryCode = input.registryCode;
  if (input.vatNumber !== undefined) values.vatNumber = input.vatNumber;
  if (input.email !== undefined) values.email = input.email;
  if (input.phone !== undefined) values.phone = input.phone;
  if (input.currency !== undefined) values.currency = input.currency;
  if (input.notes !== undefined) values.notes = input.notes;
  if (input.responsibleUserId !== undefined) values.responsibleUserId = input.responsibleUserId;
  const a = input.address;
  if (a?.line1 !== undefined) values.addressLine1 = a.line1;
  if (a?.line2 !== undefined) values.addressLine2 = a.line2;
  if (a?.city !== undefined) values.city = a.city;
  if (a?.region !== undefined) values.region = a.region;
  if (a?.postalCode !== undefined) values.postalCode = a.postalCode;
  if (a?.country !== undefined) values.country = a.country;
  return values;
}
