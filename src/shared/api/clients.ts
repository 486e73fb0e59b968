import { z } from "zod";

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
  currency: z.union([CurrencyCode, z.literal("").transform(() => null)]).nullable(),
  notes: text(5000, "Notes"),
};

const ClientFields = z.object(clientFields);

export const CreateClientBody = ClientFields.partial()
  .required({ name: true })
  .strict()
  .meta({ id: "CreateClientBody" });
export type CreateClientBody = z.infer<typeof CreateClientBody>;

export const UpdateClientBody = ClientFields.extend({
  archived: z.boolean().meta({ description: "true archives the client, false restores it." }),
})
  .partial()
  .strict()
  .meta({ id: "UpdateClientBody" });
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
  q: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  status: z.enum(["active", "archived", "all"]).default("active"),
  xero: z.enum(["linked", "unlinked"]).optional(),
  importId: z.uuid({ message: "Not a valid import id." }).optional(),
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
