import { z } from "zod";
import { Decimal, decimalProblem } from "../money/decimal.js";
import { CurrencyCode } from "./clients.js";
import { CalendarDate, decimalString } from "./money-fields.js";

const HUNDRED = Decimal.fromInteger(100);

export const InvoiceStatus = z.enum(["in_progress", "created"]).meta({
  description:
    "`in_progress`: editable, no number yet; `created`: issued with its number, no longer editable.",
});
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;
export const InvoiceKind = z.enum(["invoice", "credit_note"]);
export const AmountsAre = z.enum(["exclusive", "inclusive", "none"]).meta({
  description: "Whether unit prices exclude VAT, include it, or the invoice has no VAT.",
});

const Quantity = decimalString({ maxDecimals: 4, example: "1.5" });
const UnitPrice = decimalString({ maxDecimals: 4, example: "120.00" });
const DiscountRate = decimalString({ maxDecimals: 2, min: "zero", example: "10" }).refine(
  (v) => decimalProblem(v) !== null || Decimal.parse(v).compare(HUNDRED) <= 0,
  "A discount is at most 100 %.",
);
const Text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);

/**
 * A line as sent. With a product, an absent description, unit price, VAT rate or resource code
 * is the product's; without one, description and unit price are required. An absent VAT rate
 * is the product's, else the default of Billing settings; `null` means no VAT rate (0 %).
 */
export const InvoiceLineInput = z
  .object({
    id: z.uuid({ message: "Not a valid line id." }).optional().meta({
      description:
        "On PATCH: a line of this invoice sent back; it keeps what automated billing linked it to (contract line and period). Without it, a new line.",
    }),
    productId: z.uuid({ message: "Choose a product." }).nullish(),
    description: Text(4000).min(1, "Describe the line.").optional(),
    quantity: Quantity,
    unitPrice: UnitPrice.optional(),
    discountRate: DiscountRate.nullish(),
    vatRateId: z.uuid({ message: "Choose a VAT rate." }).nullish(),
    resourceCodeId: z.uuid({ message: "Choose a resource code." }).nullish(),
  })
  .superRefine((line, ctx) => {
    if (line.productId) return;
    if (line.description === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["description"],
        message: "Describe the line or choose a product.",
      });
    if (line.unitPrice === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["unitPrice"],
        message: "Enter a unit price or choose a product.",
      });
  })
  .meta({ id: "InvoiceLineInput" });
export type InvoiceLineInput = z.infer<typeof InvoiceLineInput>;

const InvoiceFields = {
  date: CalendarDate.optional(),
  dueDate: CalendarDate.optional(),
  currency: CurrencyCode.optional(),
  reference: Text(255).nullish(),
  amountsAre: AmountsAre.optional(),
  lines: z.array(InvoiceLineInput).max(500, "An invoice has at most 500 lines."),
};

export const CreateInvoiceBody = z
  .object({ clientId: z.uuid({ message: "Choose a client." }), ...InvoiceFields })
  .meta({ id: "CreateInvoiceBody" });
export type CreateInvoiceBody = z.infer<typeof CreateInvoiceBody>;

export const UpdateInvoiceBody = z
  .object({ clientId: z.uuid({ message: "Choose a client." }).optional(), ...InvoiceFields })
  .partial()
  .meta({ id: "UpdateInvoiceBody", description: "Only an in-progress invoice can be edited." });
export type UpdateInvoiceBody = z.infer<typeof UpdateInvoiceBody>;

export const InvoiceLine = z
  .object({
    id: z.uuid(),
    productId: z.uuid().nullable(),
    description: z.string(),
    quantity: z.string(),
    unitPrice: z.string(),
    discountRate: z.string().nullable(),
    vatRateId: z.uuid().nullable(),
    vatRate: z.string().meta({ description: "The VAT percent used for this line." }),
    resourceCodeId: z.uuid().nullable(),
    lineAmount: z.string(),
    taxAmount: z.string(),
    period: z.string().nullable().meta({ description: "The contract period this line bills (YYYY-MM)." }),
  })
  .meta({ id: "InvoiceLine" });
export type InvoiceLine = z.infer<typeof InvoiceLine>;

export const TaxByRate = z
  .object({ vatRateId: z.uuid().nullable(), rate: z.string(), net: z.string(), tax: z.string() })
  .meta({ id: "TaxByRate" });

export const Invoice = z
  .object({
    id: z.uuid(),
    kind: InvoiceKind,
    number: z.string().nullable(),
    status: InvoiceStatus,
    client: z.object({ id: z.uuid(), name: z.string() }),
    date: z.string(),
    dueDate: z.string(),
    currency: z.string(),
    reference: z.string().nullable(),
    amountsAre: AmountsAre,
    lines: z.array(InvoiceLine),
    subTotal: z.string(),
    totalTax: z.string(),
    total: z.string(),
    taxByRate: z.array(TaxByRate),
    creditedInvoiceId: z.uuid().nullable(),
    creditedInvoiceNumber: z.string().nullable(),
    creditNotes: z.array(z.object({ id: z.uuid(), number: z.string().nullable(), total: z.string() })),
    issuedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Invoice" });
export type Invoice = z.infer<typeof Invoice>;

export const InvoiceListItem = z
  .object({
    id: z.uuid(),
    kind: InvoiceKind,
    number: z.string().nullable(),
    status: InvoiceStatus,
    overdue: z.boolean(),
    client: z.object({ id: z.uuid(), name: z.string() }),
    date: z.string(),
    dueDate: z.string(),
    currency: z.string(),
    reference: z.string().nullable(),
    subTotal: z.string(),
    totalTax: z.string(),
    total: z.string(),
  })
  .meta({ id: "InvoiceListItem" });
export type InvoiceListItem = z.infer<typeof InvoiceListItem>;

export const INVOICE_SORTS = [
  "date",
  "-date",
  "number",
  "-number",
  "client",
  "-client",
  "total",
  "-total",
  "dueDate",
  "-dueDate",
] as const;

export const InvoiceListQuery = z.object({
  status: z.enum(["in_progress", "created", "overdue"]).optional(),
  clientId: z.uuid({ message: "Not a valid client id." }).optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  search: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  sort: z.enum(INVOICE_SORTS).default("-date"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type InvoiceListQuery = z.infer<typeof InvoiceListQuery>;

export const InvoiceList = z
  .object({ items: z.array(InvoiceListItem), total: z.number().int() })
  .meta({ id: "InvoiceList" });
export type InvoiceList = z.infer<typeof InvoiceList>;

/** "Select all that match": at most this many invoices are taken by one bulk action. */
export const INVOICE_BULK_LIMIT = 5000;

export const InvoiceFilterQuery = InvoiceListQuery.omit({ page: true, limit: true });
export type InvoiceFilterQuery = z.infer<typeof InvoiceFilterQuery>;

export const MatchingInvoices = z
  .object({
    items: z
      .array(InvoiceListItem)
      .meta({ description: `In the list's order; at most ${INVOICE_BULK_LIMIT}.` }),
    total: z.number().int().meta({ description: "How many invoices match (may be more than items)." }),
  })
  .meta({ id: "MatchingInvoices" });
export type MatchingInvoices = z.infer<typeof MatchingInvoices>;

/** At most this many PDFs in one ZIP file. */
export const PDF_ZIP_LIMIT = 200;

export const InvoicePdfsBody = z
  .object({
    ids: z
      .array(z.uuid({ message: "Not a valid invoice id." }))
      .min(1, "Choose at least one invoice.")
      .max(PDF_ZIP_LIMIT, `Download at most ${PDF_ZIP_LIMIT} PDFs at once: narrow the filter.`),
  })
  .meta({ id: "InvoicePdfsBody" });
export type InvoicePdfsBody = z.infer<typeof InvoicePdfsBody>;

export const CreditNoteBody = z
  .object({
    lineIds: z
      .array(z.uuid({ message: "Not a valid line id." }))
      .min(1, "Choose at least one line.")
      .optional()
      .meta({ description: "The lines to credit; all lines when absent." }),
  })
  .meta({ id: "CreditNoteBody" });
export type CreditNoteBody = z.infer<typeof CreditNoteBody>;
