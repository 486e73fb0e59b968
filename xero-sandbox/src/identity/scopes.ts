/**
 * Scopes as Xero grants them. Apps created since March 2026 use granular accounting scopes
 * (accounting.invoices, accounting.payments, accounting.banktransactions, …); older apps the
 * broad accounting.transactions. Both are accepted here.
 */

const FIXED_SCOPES = new Set([
  "openid",
  "profile",
  "email",
  "offline_access",
  "accounting.transactions",
  "accounting.transactions.read",
  "accounting.invoices",
  "accounting.invoices.read",
  "accounting.payments",
  "accounting.payments.read",
  "accounting.banktransactions",
  "accounting.banktransactions.read",
  "accounting.manualjournals",
  "accounting.manualjournals.read",
  "accounting.contacts",
  "accounting.contacts.read",
  "accounting.settings",
  "accounting.settings.read",
  "accounting.reports.read",
  "accounting.journals.read",
  "accounting.attachments",
  "accounting.attachments.read",
  "accounting.budgets.read",
  "files",
  "files.read",
  "assets",
  "assets.read",
  "projects",
  "projects.read",
]);

const PATTERN_SCOPES = [/^accounting\.reports\.[a-z0-9]+\.read$/, /^payroll\.[a-z]+(\.read)?$/];

export function parseScope(scope: string | undefined): string[] {
  return (scope ?? "").split(/\s+/).filter((s) => s.length > 0);
}

export function isKnownScope(scope: string): boolean {
  return FIXED_SCOPES.has(scope) || PATTERN_SCOPES.some((p) => p.test(scope));
}

/** Scopes that reach an organisation's data, so the user must pick organisations to connect. */
export function needsOrganisation(scopes: readonly string[]): boolean {
  return scopes.some((s) => /^(accounting|payroll|files|assets|projects)[.]?/.test(s));
}

/** The kinds of data the Accounting API guards with a scope. */
export type DataArea = "contacts" | "settings" | "invoices" | "creditnotes" | "payments" | "banktransactions";

const AREA_SCOPES: Record<DataArea, string[]> = {
  contacts: ["accounting.contacts"],
  settings: ["accounting.settings"],
  invoices: ["accounting.invoices", "accounting.transactions"],
  creditnotes: ["accounting.invoices", "accounting.transactions"],
  payments: ["accounting.payments", "accounting.transactions"],
  banktransactions: ["accounting.banktransactions", "accounting.transactions"],
};

/** Whether the granted scopes allow reading (or, with `write`, changing) an area. */
export function scopesAllow(granted: readonly string[], area: DataArea, write: boolean): boolean {
  return AREA_SCOPES[area].some(
    (scope) => granted.includes(scope) || (!write && granted.includes(`${scope}.read`)),
  );
}

const DESCRIPTIONS: Array<[RegExp, string]> = [
  [/^accounting\.transactions$/, "View and manage your business transactions"],
  [/^accounting\.transactions\.read$/, "View your business transactions"],
  [/^accounting\.invoices$/, "View and manage your invoices, bills and credit notes"],
  [/^accounting\.invoices\.read$/, "View your invoices, bills and credit notes"],
  [/^accounting\.payments$/, "View and manage your payments"],
  [/^accounting\.payments\.read$/, "View your payments"],
  [/^accounting\.banktransactions$/, "View and manage your bank transactions"],
  [/^accounting\.banktransactions\.read$/, "View your bank transactions"],
  [/^accounting\.manualjournals$/, "View and manage your manual journals"],
  [/^accounting\.manualjournals\.read$/, "View your manual journals"],
  [/^accounting\.contacts$/, "View and manage your contacts"],
  [/^accounting\.contacts\.read$/, "View your contacts"],
  [/^accounting\.settings$/, "View and manage your organisation settings, accounts, tax rates and items"],
  [/^accounting\.settings\.read$/, "View your organisation settings, accounts, tax rates and items"],
  [/^accounting\.reports\./, "View your reports"],
  [/^accounting\.journals\.read$/, "View your general ledger"],
  [/^accounting\.attachments/, "View your attachments"],
  [/^accounting\.budgets\.read$/, "View your budgets"],
  [/^files/, "View your files"],
  [/^assets/, "View your fixed assets"],
  [/^projects/, "View your projects"],
  [/^payroll\./, "View your payroll data"],
  [/^offline_access$/, "Keep access to this data when you are not using the app"],
];

/** The requested permissions in plain words, for the consent screen. */
export function describeScopes(scopes: readonly string[]): string[] {
  const lines: string[] = [];
  if (scopes.some((s) => s === "openid" || s === "profile" || s === "email")) {
    lines.push("See your name and email address");
  }
  for (const scope of scopes) {
    const match = DESCRIPTIONS.find(([pattern]) => pattern.test(scope));
    if (match && !lines.includes(match[1])) lines.push(match[1]);
  }
  return lines;
}
