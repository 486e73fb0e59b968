import { z } from "zod";
import { CurrencyCode } from "./clients.js";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable();

export const FirmDetails = z
  .object({
    legalName: optionalText(200),
    registryCode: optionalText(50),
    vatNumber: optionalText(50),
    address: optionalText(500).meta({ description: "As printed on invoices; one line per line." }),
    bankAccount: optionalText(200).meta({ description: "E.g. an IBAN with the bank's name." }),
    email: optionalText(254),
    phone: optionalText(50),
  })
  .meta({ id: "FirmDetails", description: "The firm's details printed on its invoices." });
export type FirmDetails = z.infer<typeof FirmDetails>;

export const PaymentTerms = z
  .object({
    days: z.number().int("Use whole days.").min(0, "Use 0 or more days.").max(365, "Use at most 365 days."),
    from: z.enum(["invoice_date", "end_of_month"]).meta({
      description:
        "`invoice_date`: N days after the invoice date; `end_of_month`: N days after the end of its month.",
    }),
  })
  .meta({ id: "PaymentTerms" });
export type PaymentTerms = z.infer<typeof PaymentTerms>;

export const BillingSettings = z
  .object({
    accountingService: z.enum(["none", "xero"]),
    numberPrefix: z
      .string()
      .trim()
      .max(20, "Use at most 20 characters.")
      .regex(/^[\p{L}\p{N} ._/-]*$/u, "Use letters, digits, spaces and . _ / - only."),
    nextNumber: z
      .number()
      .int("Use a whole number.")
      .min(1, "Use 1 or more.")
      .max(999_999_999, "Use at most 999999999."),
    paymentTerms: PaymentTerms,
    defaultVatRateId: z.uuid({ message: "Choose a VAT rate." }).nullable(),
    amountsAre: z.enum(["exclusive", "inclusive"]),
    unitPriceDecimals: z.union([z.literal(2), z.literal(4)]).meta({
      description: "Unit prices kept to 2 decimals, or to 4 (Xero's unitdp=4).",
    }),
    baseCurrency: CurrencyCode,
    firm: FirmDetails,
  })
  .meta({ id: "BillingSettings" });
export type BillingSettings = z.infer<typeof BillingSettings>;
