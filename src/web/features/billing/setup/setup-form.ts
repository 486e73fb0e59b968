import { z } from "zod";
import { BillingSettings, FirmDetails, PaymentTerms } from "../../../../shared/api/billing-settings.js";

/** A whole number typed as text, then checked with the server's own rules for it. */
const wholeNumber = (schema: z.ZodType<number, number>) =>
  z.string().trim().regex(/^\d+$/, "Enter a whole number.").transform(Number).pipe(schema);

const shape = BillingSettings.shape;
const firm = FirmDetails.shape;

/**
 * The Setup tab's fields, flat and as typed, named as the server names them in its errors
 * ("paymentTerms.days", "firm.legalName"), so its field errors land on the right field.
 */
export const SetupForm = z
  .object({
    accountingService: shape.accountingService,
    numberPrefix: shape.numberPrefix,
    nextNumber: wholeNumber(shape.nextNumber),
    "paymentTerms.days": wholeNumber(PaymentTerms.shape.days),
    "paymentTerms.from": PaymentTerms.shape.from,
    defaultVatRateId: z
      .string()
      .transform((v) => (v === "" ? null : v))
      .pipe(shape.defaultVatRateId),
    amountsAre: shape.amountsAre,
    unitPriceDecimals: z.enum(["2", "4"]).transform((v) => (v === "4" ? 4 : 2) as 2 | 4),
    baseCurrency: shape.baseCurrency,
    "firm.legalName": firm.legalName,
    "firm.registryCode": firm.registryCode,
    "firm.vatNumber": firm.vatNumber,
    "firm.address": firm.address,
    "firm.bankAccount": firm.bankAccount,
    "firm.email": z
      .string()
      .trim()
      .max(254, "Use at most 254 characters.")
      .refine(
        (v) => v === "" || z.email().safeParse(v).success,
        "Enter an e-mail address, e.g. billing@firm.ee.",
      )
      .transform((v) => (v === "" ? null : v)),
    "firm.phone": firm.phone,
  })
  .transform(
    (v): BillingSettings => ({
      accountingService: v.accountingService,
      numberPrefix: v.numberPrefix,
      nextNumber: v.nextNumber,
      paymentTerms: { days: v["paymentTerms.days"], from: v["paymentTerms.from"] },
      defaultVatRateId: v.defaultVatRateId,
      amountsAre: v.amountsAre,
      unitPriceDecimals: v.unitPriceDecimals,
      baseCurrency: v.baseCurrency,
      firm: {
        legalName: v["firm.legalName"],
        registryCode: v["firm.registryCode"],
        vatNumber: v["firm.vatNumber"],
        address: v["firm.address"],
        bankAccount: v["firm.bankAccount"],
        email: v["firm.email"],
        phone: v["firm.phone"],
      },
    }),
  );

export function setupFormValues(s: BillingSettings) {
  return {
    accountingService: s.accountingService as string,
    numberPrefix: s.numberPrefix,
    nextNumber: String(s.nextNumber),
    "paymentTerms.days": String(s.paymentTerms.days),
    "paymentTerms.from": s.paymentTerms.from as string,
    defaultVatRateId: s.defaultVatRateId ?? "",
    amountsAre: s.amountsAre as string,
    unitPriceDecimals: String(s.unitPriceDecimals),
    baseCurrency: s.baseCurrency,
    "firm.legalName": s.firm.legalName ?? "",
    "firm.registryCode": s.firm.registryCode ?? "",
    "firm.vatNumber": s.firm.vatNumber ?? "",
    "firm.address": s.firm.address ?? "",
    "firm.bankAccount": s.firm.bankAccount ?? "",
    "firm.email": s.firm.email ?? "",
    "firm.phone": s.firm.phone ?? "",
  };
}
export type SetupFormValues = ReturnType<typeof setupFormValues>;

/** "14 days after the invoice date", "10 days after the end of the invoice's month". */
export function describeTerms(days: string, from: string): string {
  const n = /^\d+$/.test(days.trim()) ? Number(days) : null;
  if (n === null) return "";
  const count = n === 1 ? "1 day" : `${n} days`;
  if (from === "end_of_month")
    return n === 0
      ? "Due at the end of the invoice's month"
      : `Due ${count} after the end of the invoice's month`;
  return n === 0 ? "Due on the invoice date" : `Due ${count} after the invoice date`;
}
