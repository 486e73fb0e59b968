import { checkCountryDependent } from "../../../shared/checks/client-checks.js";
import { AppError } from "../../lib/errors.js";
import type { ClientRow, ContactRow } from "./client-view.js";

type Values = { phone?: string | null; vatNumber?: string | null; country?: string | null };

function failIfAny(errors: { field: string; message: string }[]): void {
  if (errors.length > 0) throw new AppError("validation_failed", "Some fields need attention.", errors);
}

/** Only a value being changed is checked: one saved before the checks existed, or imported, stays. */
const changed = (next: string | null | undefined, saved: string | null | undefined) =>
  next !== undefined && next !== null && next !== saved;

/**
 * The client's phone and VAT number checked against its country (the new one, or the saved one)
 * and normalised; the same checks as the shared schemas, for what an edit does not carry.
 */
export function checkClientValues<T extends Values>(values: T, saved: ClientRow | null): T {
  const country = values.country !== undefined ? values.country : (saved?.country ?? null);
  const { values: checked, errors } = checkCountryDependent(
    {
      ...(changed(values.phone, saved?.phone) ? { phone: values.phone } : {}),
      ...(changed(values.vatNumber, saved?.vatNumber) ? { vatNumber: values.vatNumber } : {}),
    },
    country,
  );
  failIfAny(errors);
  return { ...values, ...checked };
}

/** A person's phone, with their client's country as its default region. */
export function checkPersonValues<T extends { phone?: string | null }>(
  values: T,
  saved: ContactRow | null,
  clientCountry: string | null,
): T {
  if (!changed(values.phone, saved?.phone)) return values;
  const { values: checked, errors } = checkCountryDependent({ phone: values.phone }, clientCountry);
  failIfAny(errors);
  return { ...values, ...checked };
}
