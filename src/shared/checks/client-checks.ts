import { countryCode } from "./country.js";
import { checkPhone } from "./phone.js";
import { checkVatNumber } from "./vat-number.js";

export interface DetailError {
  field: string;
  message: string;
}

/** The fields whose check depends on the client's country. */
export interface CountryDependent {
  phone?: string | null | undefined;
  vatNumber?: string | null | undefined;
}

/**
 * Checks a client's (or a person's) phone and VAT number against the client's country, and
 * answers them normalised. Only the fields given are checked: a caller passes the fields being
 * changed, so a value saved before these checks (or imported) stays as it is until it is edited.
 */
export function checkCountryDependent<T extends CountryDependent>(
  values: T,
  country: string | null | undefined,
): { values: T; errors: DetailError[] } {
  const region = countryCode(country);
  const next = { ...values };
  const errors: DetailError[] = [];
  if (values.phone) {
    const phone = checkPhone(values.phone, region);
    if (phone.ok) next.phone = phone.value;
    else errors.push({ field: "phone", message: phone.message });
  }
  if (values.vatNumber) {
    const vat = checkVatNumber(values.vatNumber, region);
    if (vat.ok) next.vatNumber = vat.value;
    else errors.push({ field: "vatNumber", message: vat.message });
  }
  return { values: next, errors };
}
