import { z } from "zod";
import { checkCountryDependent } from "../checks/client-checks.js";
import { isCurrencyCode } from "../checks/currencies.js";

const text = (max: number, label = "This") =>
  z
    .string()
    .trim()
    .max(max, `${label} has at most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable();

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An e-mail address has at most 254 characters.")
  .refine((v) => v === "" || z.email().safeParse(v).success, "Enter a valid e-mail address.")
  .transform((v) => (v === "" ? null : v))
  .nullable();

export const CurrencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Use a three-letter currency code, e.g. EUR.")
  .meta({ example: "EUR" });

/** A client's currency: one of ISO 4217's (the form offers them as a list). */
export const IsoCurrencyCode = CurrencyCode.refine(
  isCurrencyCode,
  "Choose a currency from the list, e.g. EUR.",
);

export const Address = z
  .object({
    line1: z.string().nullable(),
    line2: z.string().nullable(),
    city: z.string().nullable(),
    region: z.string().nullable(),
    postalCode: z.string().nullable(),
    country: z.string().nullable(),
  })
  .meta({ id: "Address" });

export const XeroLink = z
  .object({ contactId: z.string().meta({ description: "The Xero ContactID the client was imported from." }) })
  .nullable()
  .meta({ id: "XeroLink", description: "The client's link to its Xero contact (the Integration column)." });

export const ClientContact = z
  .object({
    id: z.uuid(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    role: z.string().nullable(),
    primary: z.boolean().meta({ description: "The client's primary person." }),
  })
  .meta({ id: "ClientContact" });
export type ClientContact = z.infer<typeof ClientContact>;

export const Client = z
  .object({
    id: z.uuid(),
    name: z.string(),
    shortMark: z.string().nullable(),
    registryCode: z.string().nullable(),
    vatNumber: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: Address,
    currency: z.string().nullable(),
    notes: z.string().nullable(),
    responsibleUserId: z
      .uuid()
      .nullable()
      .meta({ description: "The member responsible for the client (GET /api/members names them)." }),
    archived: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    xero: XeroLink,
    primaryPerson: ClientContact.nullable(),
  })
  .meta({ id: "Client" });
export type Client = z.infer<typeof Client>;

export const ClientDetail = Client.extend({ contacts: z.array(ClientContact) }).meta({ id: "ClientDetail" });
export type ClientDetail = z.infer<typeof ClientDetail>;

/** The longest value each client field takes; imports from an accounting system keep to them too. */
export const CLIENT_LIMITS = {
  name: 200,
  shortMark: 20,
  registryCode: 50,
  vatNumber: 50,
  email: 254,
  phone: 50,
  addressLine: 200,
  city: 100,
  region: 100,
  postalCode: 20,
  country: 100,
} as const;

/** The same for a client's people. */
export const PERSON_LIMITS = { firstName: 100, lastName: 100, email: 254, phone: 50, role: 100 } as const;

const clientFields = {
  name: z
    .string()
    .trim()
    .min(1, "Enter the client's name.")
    .max(CLIENT_LIMITS.name, `Use at most ${CLIENT_LIMITS.name} characters.`),
  shortMark: text(CLIENT_LIMITS.shortMark, "The short mark"),
  registryCode: text(CLIENT_LIMITS.registryCode, "The registry code"),
  vatNumber: text(CLIENT_LIMITS.vatNumber, "The VAT number"),
  email: optionalEmail,
  phone: text(CLIENT_LIMITS.phone, "The phone number"),
  address: z
    .object({
      line1: text(CLIENT_LIMITS.addressLine),
      line2: text(CLIENT_LIMITS.addressLine),
      city: text(CLIENT_LIMITS.city),
      region: text(CLIENT_LIMITS.region),
      postalCode: text(CLIENT_LIMITS.postalCode),
      country: text(CLIENT_LIMITS.country),
    })
    .partial(),
  currency: z.union([IsoCurrencyCode, z.literal("").transform(() => null)]).nullable(),
  notes: text(5000, "Notes"),
  responsibleUserId: z
    .union([z.uuid({ message: "Choose a member of your company." }), z.literal("").transform(() => null)])
    .nullable(),
};

const ClientFields = z.object(clientFields);

type CountryContext = {
  phone?: string | null;
  vatNumber?: string | null;
  address?: { country?: string | null };
};

/**
 * A new client's phone and VAT number checked against its country, with the messages the server
 * gives. An edit is checked by the server (only the fields it changes, against the saved country)
 * and by the web form the same way.
 */
function checkAgainstCountry(body: CountryContext, ctx: z.RefinementCtx) {
  for (const error of checkCountryDependent(body, body.address?.country).errors) {
    ctx.addIssue({ code: "custom", path: [error.field], message: error.message });
  }
}

export const CreateClientBody = ClientFields.partial()
  .required({ name: true })
  .extend({
    allowDuplicateName: z
      .boolean()
      .meta({ description: "Create the client even if one with the same name exists (409 otherwise)." }),
  })
  .partial({ allowDuplicateName: true })
  .strict()
  .superRefine(checkAgainstCountry)
  .meta({ id: "CreateClientBody" });
export type CreateClientBody = z.infer<typeof CreateClientBody>;

export const UpdateClientBody = ClientFields.extend({
  archived: z.boolean().meta({ description: "true archives the client, false restores it." }),
})
  .partial()
  .strict()
  .meta({
    id: "UpdateClientBody",
    description:
      "Only the fields sent change. A phone or VAT number is checked against the client's country when it changes; one saved before (or imported) stays as it is.",
  });
export type UpdateClientBody = z.infer<typeof UpdateClientBody>;

export const CLIENT_SORTS = [
  "name",
  "-name",
  "createdAt",
  "-createdAt",
  "updatedAt",
  "-updatedAt",
  "registryCode",
  "-registryCode",
] as const;

export const ClientListQuery = z.object({
  q: z.string().trim().max(200, "Search for at most 200 characters.").optional().meta({
    description: "Words found in the name, codes, e-mail, or the client's people's names and e-mails",
  }),
  status: z.enum(["active", "archived", "all"]).default("active"),
  xero: z.enum(["linked", "unlinked"]).optional(),
  importId: z.uuid({ message: "Not a valid import id." }).optional(),
  responsible: z
    .union([z.enum(["me", "none"]), z.uuid()], { message: "Use me, none or a member's id." })
    .optional()
    .meta({ description: "`me`, `none` (nobody is responsible) or a member's id" }),
  sort: z.enum(CLIENT_SORTS).default("name"),
  page: z.coerce.number().int().min(1, "Pages start at 1.").max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, "At most 200 clients a page.").default(50),
});
export type ClientListQuery = z.infer<typeof ClientListQuery>;

export const ClientList = z
  .object({
    items: z.array(Client),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "ClientList" });
export type ClientList = z.infer<typeof ClientList>;

/** The clients a filter finds, for exporting or choosing them all; the page and sort do not apply. */
export const ClientFilterQuery = ClientListQuery.omit({ page: true, pageSize: true });
export type ClientFilterQuery = z.infer<typeof ClientFilterQuery>;

/** At most this many clients are changed by one bulk action. */
export const BULK_LIMIT = 10_000;

export const ClientIds = z
  .object({
    ids: z.array(z.uuid()).meta({ description: `In the list's order; at most ${BULK_LIMIT}.` }),
    total: z.number().int().meta({ description: "How many clients match (may be more than ids)." }),
  })
  .meta({ id: "ClientIds" });
export type ClientIds = z.infer<typeof ClientIds>;

export const BulkClientsBody = z
  .object({
    action: z.enum(["archive", "assign"], { message: "Choose archive or assign." }),
    ids: z
      .array(z.uuid({ message: "Not a valid client id." }))
      .min(1, "Choose at least one client.")
      .max(BULK_LIMIT, `Choose at most ${BULK_LIMIT.toLocaleString("en-GB")} clients at once.`),
    responsibleUserId: z
      .uuid({ message: "Choose a member of your company." })
      .nullable()
      .optional()
      .meta({ description: "With `assign`: the member to make responsible, or null for nobody." }),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.action === "assign" && body.responsibleUserId === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["responsibleUserId"],
        message: "Choose the responsible person (or nobody).",
      });
    }
  })
  .meta({ id: "BulkClientsBody" });
export type BulkClientsBody = z.infer<typeof BulkClientsBody>;

export const BulkClientsResult = z
  .object({
    action: z.enum(["archive", "assign"]),
    clients: z.number().int().meta({ description: "How many clients were chosen." }),
    changed: z.number().int().meta({ description: "How many of them changed (the others already were so)." }),
  })
  .meta({ id: "BulkClientsResult" });
export type BulkClientsResult = z.infer<typeof BulkClientsResult>;

const contactFields = {
  firstName: text(PERSON_LIMITS.firstName, "The first name"),
  lastName: text(PERSON_LIMITS.lastName, "The last name"),
  email: optionalEmail,
  phone: text(PERSON_LIMITS.phone, "The phone number"),
  role: text(PERSON_LIMITS.role, "The role"),
};

const ContactFields = z.object({ ...contactFields, primary: z.boolean() });

export const CreateContactBody = ContactFields.partial()
  .strict()
  .refine((c) => !!(c.firstName || c.lastName), {
    message: "Enter a first or last name.",
    path: ["firstName"],
  })
  .meta({ id: "CreateContactBody" });
export type CreateContactBody = z.infer<typeof CreateContactBody>;

export const UpdateContactBody = ContactFields.partial().strict().meta({ id: "UpdateContactBody" });
export type UpdateContactBody = z.infer<typeof UpdateContactBody>;
