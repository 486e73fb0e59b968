import { CURRENCY_CODES } from "../../../shared/checks/currencies.js";

let names: Intl.DisplayNames | null | undefined;

function currencyName(code: string): string | undefined {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(["en-GB"], { type: "currency" });
    } catch {
      names = null;
    }
  }
  const name = names?.of(code);
  return name && name !== code ? name : undefined;
}

/**
 * The currency list: "EUR — Euro", the usual ones first. A client's currency saved before the
 * list existed (not an ISO 4217 code) is offered too, so the form shows it as it is.
 */
export function currencyChoices(current: string | null) {
  const common = ["EUR", "GBP", "USD", "SEK", "NOK", "DKK", "CHF", "PLN"];
  const rest = CURRENCY_CODES.filter((code) => !common.includes(code));
  const label = (code: string) => {
    const name = currencyName(code);
    return name ? `${code} — ${name}` : code;
  };
  const item = (code: string) => ({ value: code, label: label(code) });
  const groups = [
    { group: "Common", items: common.map(item) },
    { group: "All currencies", items: rest.map(item) },
  ];
  if (current && !(CURRENCY_CODES as readonly string[]).includes(current)) {
    return [
      { group: "Saved before", items: [{ value: current, label: `${current} (not an ISO 4217 code)` }] },
      ...groups,
    ];
  }
  return groups;
}
