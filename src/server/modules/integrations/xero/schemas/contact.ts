import { z } from "zod";
import { xeroDate } from "../xero-date.js";
import { xeroId, xeroText } from "./text.js";

const text = xeroText.nullish();

export const XeroPhone = z.object({
  PhoneType: z.string().nullish(),
  PhoneNumber: text,
  PhoneAreaCode: text,
  PhoneCountryCode: text,
});

export const XeroAddress = z.object({
  AddressType: z.string().nullish(),
  AddressLine1: text,
  AddressLine2: text,
  AddressLine3: text,
  AddressLine4: text,
  City: text,
  Region: text,
  PostalCode: text,
  Country: text,
});

/**
 * The fields of a Xero Contact that Kontor reads; others are ignored. Text is cleaned of control
 * characters; whether it fits Kontor's limits is for the import to judge.
 */
export const XeroContact = z.object({
  ContactID: xeroId,
  ContactStatus: z.string().nullish(),
  Name: xeroText,
  FirstName: text,
  LastName: text,
  EmailAddress: text,
  AccountNumber: text,
  CompanyNumber: text,
  TaxNumber: text,
  DefaultCurrency: text,
  IsCustomer: z.boolean().nullish(),
  IsSupplier: z.boolean().nullish(),
  Phones: z.array(XeroPhone).nullish(),
  Addresses: z.array(XeroAddress).nullish(),
  UpdatedDateUTC: xeroDate.nullish(),
});
export type XeroContact = z.infer<typeof XeroContact>;
