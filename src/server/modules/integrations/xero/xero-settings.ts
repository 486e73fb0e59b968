import type { Config } from "../../../config.js";

export const XERO_ISSUER_URL = "https://identity.xero.com";
export const XERO_API_URL = "https://api.xero.com";

/** How Kontor reaches Xero: real Xero with credentials, or the bundled sandbox without. */
export interface XeroSettings {
  clientId: string;
  clientSecret: string;
  issuerUrl: string;
  /** Stands for https://api.xero.com: connections at `${apiUrl}/connections`. */
  apiUrl: string;
  redirectUri: string;
  scopes: string;
  sandbox: boolean;
}

/**
 * Granular `accounting.invoices` for apps created from March 2026; apps registered before may
 * keep the broad `accounting.transactions` (XERO_INVOICE_SCOPE=broad) until Xero retires it.
 */
export function xeroScopes(invoiceScope: "granular" | "broad"): string {
  const invoices = invoiceScope === "granular" ? "accounting.invoices" : "accounting.transactions";
  return [
    "openid",
    "profile",
    "email",
    "offline_access",
    "accounting.contacts",
    "accounting.settings.read",
    invoices,
  ].join(" ");
}

/** A Xero app's endpoints and credentials. */
export interface XeroApp {
  issuerUrl: string;
  apiUrl: string;
  clientId: string;
  clientSecret: string;
}

export function xeroSettings(config: Config, sandbox?: XeroApp): XeroSettings {
  const credentials = config.xero.credentials ?? sandbox;
  if (!credentials)
    throw new Error("Xero needs XERO_CLIENT_ID and XERO_CLIENT_SECRET, or the bundled sandbox.");
  const usesSandbox = !config.xero.credentials && !!sandbox;
  return {
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    issuerUrl: config.xero.issuerUrl ?? (usesSandbox ? sandbox!.issuerUrl : XERO_ISSUER_URL),
    apiUrl: config.xero.apiUrl ?? (usesSandbox ? sandbox!.apiUrl : XERO_API_URL),
    redirectUri: config.xero.redirectUri,
    scopes: xeroScopes(config.xero.invoiceScope),
    sandbox: usesSandbox,
  };
}
