import { z } from "zod";
import { type Client, UpdateClientBody } from "../../../shared/api/clients.js";
import { checkCountryDependent } from "../../../shared/checks/client-checks.js";

/** A client's fields in users' words, by the names the API uses (also in an import's changes). */
export const CLIENT_FIELD_LABELS: Record<string, string> = {
  name: "Name",
  shortMark: "Short mark",
  registryCode: "Registry code",
  vatNumber: "VAT number",
  email: "E-mail",
  phone: "Phone",
  "address.line1": "Address",
  "address.line2": "Address, second line",
  "address.city": "City",
  "address.region": "Region",
  "address.postalCode": "Postal code",
  "address.country": "Country",
  currency: "Currency",
  notes: "Notes",
  responsibleUserId: "Responsible person",
  "primaryPerson.firstName": "Primary person's first name",
  "primaryPerson.lastName": "Primary person's last name",
  "primaryPerson.email": "Primary person's e-mail",
  "primaryPerson.phone": "Primary person's phone",
};

/** "vatNumber" → "VAT number"; a field Kontor does not know yet is still put in words. */
export function fieldLabel(field: string): string {
  const known = CLIENT_FIELD_LABELS[field];
  if (known) return known;
  const words = field
    .split(".")
    .map((part) => part.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase())
    .join(", ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The client form's fields, flat, named as the server names them in its field errors. */
export const CLIENT_FORM_FIELDS = [
  "name",
  "shortMark",
  "registryCode",
  "vatNumber",
  "email",
  "phone",
  "address.line1",
  "address.line2",
  "address.city",
  "address.region",
  "address.postalCode",
  "address.country",
  "currency",
  "notes",
  "responsibleUserId",
] as const;
export type ClientFormField = (typeof CLIENT_FORM_FIELDS)[number];
export type ClientFormValues = Record<ClientFormField, string>;

export function emptyClientValues(): ClientFormValues {
  return Object.fromEntries(CLIENT_FORM_FIELDS.map((f) => [f, ""])) as ClientFormValues;
}

export function clientToValues(client: Client): ClientFormValues {
  const a = client.address;
  return {
    name: client.name,
    shortMark: client.shortMark ?? "",
    registryCode: client.registryCode ?? "",
    vatNumber: client.vatNumber ?? "",
    email: client.email ?? "",
    phone: client.phone ?? "",
    "address.line1": a.line1 ?? "",
    "address.line2": a.line2 ?? "",
    "address.city": a.city ?? "",
    "address.region": a.region ?? "",
    "address.postalCode": a.postalCode ?? "",
    "address.country": a.country ?? "",
    currency: client.currency ?? "",
    notes: client.notes ?? "",
    responsibleUserId: client.responsibleUserId ?? "",
  };
}

/** Flat form values → the API's shape, with the address as an object. */
function nest(values: unknown): unknown {
  if (typeof values !== "object" || values === null) return values;
  const body: Record<string, unknown> = {};
  const address: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith("address.")) address[key.slice("address.".length)] = value;
    else body[key] = value;
  }
  return Object.keys(address).length > 0 ? { ...body, address } : body;
}

/** The shared body schema, fed from the flat form: its messages and field paths stay the server's. */
export function fromForm<T>(schema: z.ZodType<T>) {
  return z.preprocess(nest, schema);
}

/** Adds the country-dependent checks' messages (phone, VAT number) to a form's issues. */
function addCountryIssues(
  ctx: z.RefinementCtx,
  values: { phone?: string | null; vatNumber?: string | null },
  country: string | null | undefined,
) {
  for (const error of checkCountryDependent(values, country).errors) {
    ctx.addIssue({ code: "custom", path: [error.field], message: error.message });
  }
}

/**
 * A form that sends only the fields the user changed, parsed by the API's schema, then checked by
 * `check` with every value of the form at hand. A value saved before a check existed (or
 * imported) thus never stops the user from saving another field, as on the server.
 */
export function sendChanged<Out>(
  body: z.ZodType<Out>,
  initial: Record<string, string>,
  check?: (values: Record<string, string>, parsed: Out, ctx: z.RefinementCtx) => void,
) {
  return z.custom<Record<string, string>>().transform((values, ctx) => {
    const changed = Object.fromEntries(
      Object.entries(values).filter(([key, value]) => value !== initial[key]),
    );
    const parsed = body.safeParse(changed);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: "custom", path: issue.path as PropertyKey[], message: issue.message });
      }
      return z.NEVER;
    }
    check?.(values, parsed.data, ctx);
    return parsed.data;
  });
}

/** The card's edit form: a changed phone or VAT number is checked against the form's country. */
export function editClientSchema(initial: ClientFormValues) {
  return sendChanged(fromForm(UpdateClientBody), initial, (values, parsed, ctx) =>
    addCountryIssues(ctx, { phone: parsed.phone, vatNumber: parsed.vatNumber }, values["address.country"]),
  );
}

/** The person form: a changed phone is checked against the client's country. */
export function personSchema<Out extends { phone?: string | null }>(
  body: z.ZodType<Out>,
  initial: Record<string, string>,
  clientCountry: string | null,
) {
  return sendChanged(body, initial, (values, parsed, ctx) => {
    if (!values.firstName?.trim() && !values.lastName?.trim()) {
      ctx.addIssue({ code: "custom", path: ["firstName"], message: "Enter a first or last name." });
    }
    addCountryIssues(ctx, { phone: parsed.phone }, clientCountry);
  });
}
