import { z } from "zod";
import { decimalString, Period } from "./money-fields.js";

export const Frequency = z.enum(["monthly", "quarterly", "yearly"]);
export type Frequency = z.infer<typeof Frequency>;

export const ContractLineInput = z
  .object({
    id: z
      .uuid({ message: "Not a valid line id." })
      .optional()
      .meta({ description: "An existing line's id: it keeps the periods already billed for it." }),
    productId: z.uuid({ message: "Choose a product." }),
    description: z.string().trim().max(4000, "Use at most 4000 characters.").nullish(),
    quantity: decimalString({ maxDecimals: 4, min: "positive", example: "1" }),
    unitPrice: decimalString({ maxDecimals: 4, example: "70.00" })
      .nullish()
      .meta({ description: "Absent or null: the product's price at billing time." }),
    frequency: Frequency,
    startMonth: Period,
    endMonth: Period.nullish(),
  })
  .refine((l) => !l.endMonth || l.endMonth >= l.startMonth, {
    message: "The end month is before the start month.",
    path: ["endMonth"],
  })
  .meta({ id: "ContractLineInput" });
export type ContractLineInput = z.infer<typeof ContractLineInput>;

export const ContractLine = z
  .object({
    id: z.uuid(),
    product: z.object({ id: z.uuid(), code: z.string(), name: z.string(), unitPrice: z.string().nullable() }),
    description: z.string().nullable(),
    quantity: z.string(),
    unitPrice: z.string().nullable(),
    frequency: Frequency,
    startMonth: z.string(),
    endMonth: z.string().nullable(),
  })
  .meta({ id: "ContractLine" });
export type ContractLine = z.infer<typeof ContractLine>;

const BillingDay = z
  .number()
  .int("Use a day of the month.")
  .min(1, "Use a day from 1 to 31.")
  .max(31, "Use a day from 1 to 31.")
  .meta({
    description: "Day of the month invoices are made; 29–31 mean the month's last day in shorter months.",
  });

export const ContractBody = z
  .object({ billingDay: BillingDay, lines: z.array(ContractLineInput).max(100, "At most 100 lines.") })
  .meta({ id: "ContractBody" });
export type ContractBody = z.infer<typeof ContractBody>;

export const Contract = z
  .object({
    clientId: z.uuid(),
    billingDay: z.number().int(),
    template: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    lines: z.array(ContractLine),
  })
  .meta({ id: "Contract" });
export type Contract = z.infer<typeof Contract>;

export const ContractTemplateBody = z
  .object({
    name: z.string().trim().min(1, "Name the template.").max(200, "Use at most 200 characters."),
    billingDay: BillingDay,
    lines: z.array(ContractLineInput).max(100, "At most 100 lines."),
  })
  .meta({ id: "ContractTemplateBody" });
export type ContractTemplateBody = z.infer<typeof ContractTemplateBody>;

export const UpdateContractTemplateBody = ContractTemplateBody.partial().meta({
  id: "UpdateContractTemplateBody",
  description: "The fields to change; new lines or billing day reach every client following the template.",
});
export type UpdateContractTemplateBody = z.infer<typeof UpdateContractTemplateBody>;

export const ContractTemplate = z
  .object({
    id: z.uuid(),
    name: z.string(),
    billingDay: z.number().int(),
    lines: z.array(ContractLine),
    clientCount: z.number().int(),
  })
  .meta({ id: "ContractTemplate" });
export type ContractTemplate = z.infer<typeof ContractTemplate>;

export const ApplyTemplateBody = z
  .object({
    clientIds: z
      .array(z.uuid({ message: "Not a valid client id." }))
      .min(1)
      .max(5000),
  })
  .meta({ id: "ApplyTemplateBody" });
export type ApplyTemplateBody = z.infer<typeof ApplyTemplateBody>;

export const AppliedTemplate = z.object({ applied: z.number().int() }).meta({ id: "AppliedTemplate" });

export const StartBillingRunBody = z.object({ period: Period }).meta({ id: "StartBillingRunBody" });

export const BillingProblem = z
  .object({ clientId: z.uuid(), clientName: z.string(), message: z.string() })
  .meta({ id: "BillingProblem" });
export type BillingProblem = z.infer<typeof BillingProblem>;

export const BillingRun = z
  .object({
    id: z.uuid(),
    period: z.string(),
    trigger: z.enum(["schedule", "manual"]),
    status: z.enum(["queued", "running", "done", "failed"]),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    created: z.number().int().meta({ description: "Invoices made." }),
    skipped: z
      .number()
      .int()
      .meta({ description: "Clients whose lines due in the period were billed already." }),
    problems: z
      .array(BillingProblem)
      .meta({ description: "Clients whose invoice could not be made, and why." }),
    error: z.string().nullable(),
  })
  .meta({ id: "BillingRun" });
export type BillingRun = z.infer<typeof BillingRun>;

export const BillingRunPreviewQuery = z.object({
  period: Period.optional().meta({ description: "Absent: this month in the company's time zone." }),
});

export const BillingRunPreview = z
  .object({
    period: z.string(),
    invoices: z
      .array(
        z.object({
          client: z.object({ id: z.uuid(), name: z.string() }),
          date: z.string().meta({ description: "The client's billing day in the period." }),
          currency: z.string(),
          lines: z.array(
            z.object({
              description: z.string(),
              quantity: z.string(),
              unitPrice: z.string(),
              lineAmount: z.string(),
            }),
          ),
          subTotal: z.string(),
          totalTax: z.string(),
          total: z.string(),
        }),
      )
      .meta({
        description: "The In progress invoices a run of the period would make, in client name order.",
      }),
    totals: z
      .array(z.object({ currency: z.string(), invoices: z.number().int(), total: z.string() }))
      .meta({ description: "The invoices' totals per currency." }),
    alreadyBilled: z
      .number()
      .int()
      .meta({ description: "Clients whose lines due in the period were billed already." }),
    problems: z
      .array(BillingProblem)
      .meta({ description: "Clients whose invoice could not be made, and why." }),
    workingRunId: z.uuid().nullable().meta({
      description: "A run of the period still creating invoices: follow it instead of starting one.",
    }),
  })
  .meta({ id: "BillingRunPreview" });
export type BillingRunPreview = z.infer<typeof BillingRunPreview>;
