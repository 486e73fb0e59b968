import { z } from "zod";

export const ImportStatus = z.enum(["fetching", "ready", "importing", "done", "failed"]);

export const ImportChange = z.object({
  field: z.string().meta({ example: "email" }),
  from: z.string().nullable(),
  to: z.string().nullable(),
  conflict: z.boolean().meta({
    description:
      "Edited in Kontor since the last import: Kontor's value is kept unless Confirm's resolutions take Xero's.",
  }),
});

/** The client fields a conflict can be resolved on (as the changes name them). */
export const CONFLICT_FIELD = z.string().min(1).max(40);

export const ImportCandidate = z
  .object({
    xeroContactId: z.string(),
    name: z.string(),
    match: z.enum(["new", "existing", "ambiguous"]),
    matchedBy: z
      .enum(["link", "registry_code", "email", "name"])
      .nullable()
      .meta({ description: "How it was matched; `name` alone deserves a look before a client is renamed." }),
    email: z.string().nullable(),
    registryCode: z.string().nullable(),
    vatNumber: z.string().nullable(),
    person: z.string().nullable().meta({ description: "The primary person's name, as Xero has it." }),
    clientId: z.uuid().optional(),
    ambiguousWith: z.array(z.object({ id: z.uuid(), name: z.string() })).optional(),
    reason: z.string().optional(),
    supplierOnly: z
      .boolean()
      .meta({ description: "A supplier and not a customer: shown apart, not selected by default." }),
    changes: z.array(ImportChange),
    selected: z.boolean(),
    outcome: z.enum(["pending", "created", "updated", "unchanged", "skipped", "failed"]),
  })
  .meta({ id: "ImportCandidate" });
export type ImportCandidate = z.infer<typeof ImportCandidate>;

export const ImportSummary = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
    failed: z.array(z.object({ xeroContactId: z.string(), name: z.string().optional(), reason: z.string() })),
  })
  .meta({ id: "ImportSummary" });
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportRun = z
  .object({
    id: z.uuid(),
    status: ImportStatus,
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    error: z.string().nullable(),
    organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    candidates: z.array(ImportCandidate),
    alsoBrings: z
      .object({
        vatRates: z.number().int(),
        resourceCodes: z.number().int(),
        products: z.number().int(),
        currencies: z.number().int(),
      })
      .nullable()
      .meta({
        description:
          "The first import also brings the classificators: how many the preview found, written on Confirm.",
      }),
    summary: ImportSummary.optional(),
  })
  .meta({ id: "ImportRun" });
export type ImportRun = z.infer<typeof ImportRun>;

export const ImportRunQuery = z.object({
  candidates: z
    .enum(["all", "none"])
    .default("all")
    .meta({ description: "`none` leaves the candidates out: for following progress." }),
});

const MatchResolution = z.object({
  xeroContactId: z.string().min(1).max(100),
  clientId: z.uuid().nullable(),
});
const FieldResolution = z.object({
  xeroContactId: z.string().min(1).max(100),
  field: CONFLICT_FIELD,
  take: z.enum(["xero", "kontor"]),
});
export type FieldResolution = z.infer<typeof FieldResolution>;

export const ConfirmImportBody = z
  .object({
    xeroContactIds: z.array(z.string().min(1).max(100)).max(100_000),
    resolutions: z
      .array(z.union([MatchResolution, FieldResolution]))
      .max(100_000)
      .optional()
      .meta({
        description:
          "For ambiguous contacts: the Kontor client to update (one of `ambiguousWith`), or null to create a new client. For a conflicting field: take Xero's value, or keep Kontor's (quiet until Xero's value changes again).",
      }),
  })
  .meta({ id: "ConfirmImportBody" });
export type ConfirmImportBody = z.infer<typeof ConfirmImportBody>;

export const StartedImport = z.object({ id: z.uuid() }).meta({ id: "StartedImport" });

/** A product's fields an import from the accounting system can change. */
export const PRODUCT_FIELDS = [
  "code",
  "name",
  "description",
  "unitPrice",
  "resourceCode",
  "vatRate",
  "active",
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

const Counts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const ClassificatorImport = z
  .object({
    id: z.uuid(),
    status: ImportStatus,
    error: z.string().nullable(),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    summary: z
      .object({
        vatRates: Counts,
        resourceCodes: Counts,
        products: Counts,
        currencies: Counts,
        productChanges: z
          .array(
            z.object({
              code: z.string(),
              name: z.string(),
              fields: z.array(z.enum(PRODUCT_FIELDS)),
              active: z.boolean().meta({ description: "Whether the product is active after the import." }),
            }),
          )
          .optional()
          .meta({
            description:
              "The products this import changed and which of their fields changed in the accounting system (`active`: sold there again, or no longer).",
          }),
        refused: z
          .array(
            z.object({
              kind: z.enum(["vatRate", "resourceCode", "product", "currency"]),
              code: z.string().nullable().meta({ description: "Its code or id in the accounting system." }),
              name: z.string().nullable(),
              reason: z.string(),
            }),
          )
          .optional()
          .meta({
            description:
              "Records the accounting system sent that Kontor could not take, each with why; the others were imported.",
          }),
      })
      .optional(),
  })
  .meta({ id: "ClassificatorImport" });
export type ClassificatorImport = z.infer<typeof ClassificatorImport>;
