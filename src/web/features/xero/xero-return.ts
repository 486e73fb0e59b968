import { CALLBACK_ERRORS, type CallbackError } from "../../../shared/api/integrations.js";

/** What the browser brought back from Xero, read from `/apps?xero=…` or `?xero_error=…`. */
export type XeroReturn =
  | { kind: "connected" }
  | { kind: "choose" }
  | { kind: "switch"; organisationId: string }
  | { kind: "error"; code: CallbackError | "unknown" };

/** The query parameters Xero's return adds; removed from the address once handled. */
export const XERO_RETURN_PARAMS = ["xero", "xero_error", "organisation"] as const;

function isCallbackError(code: string): code is CallbackError {
  return (CALLBACK_ERRORS as readonly string[]).includes(code);
}

export function readXeroReturn(params: URLSearchParams): XeroReturn | null {
  const error = params.get("xero_error");
  if (error !== null) return { kind: "error", code: isCallbackError(error) ? error : "unknown" };
  const outcome = params.get("xero");
  if (outcome === "connected" || outcome === "choose") return { kind: outcome };
  const organisationId = params.get("organisation");
  if (outcome === "switch" && organisationId) return { kind: "switch", organisationId };
  if (outcome !== null) return { kind: "error", code: "unknown" };
  return null;
}

export interface ReturnMessage {
  title: string;
  message: string;
}

/** What happened at Xero and what to do now, for every way the authorization can fail. */
export const RETURN_ERROR_MESSAGES: Record<CallbackError | "unknown", ReturnMessage> = {
  access_denied: {
    title: "You cancelled at Xero",
    message:
      "Nothing changed: Kontor did not get access to Xero. To connect, click Authorize Xero again and choose Allow access at Xero.",
  },
  invalid_state: {
    title: "Kontor did not recognise this authorization",
    message:
      "The link back from Xero was incomplete or altered, so nothing changed. Click Authorize Xero again.",
  },
  state_used: {
    title: "This authorization link was already used",
    message:
      "Each link back from Xero works once (going back in the browser reuses it). Nothing changed. Click Authorize Xero again if Kontor is not connected yet.",
  },
  state_expired: {
    title: "This authorization link has expired",
    message:
      "Authorizing has to be finished at Xero within 10 minutes. Nothing changed. Click Authorize Xero again.",
  },
  state_mismatch: {
    title: "This authorization was started in another session",
    message:
      "It was started by another Kontor login or browser, so nothing changed. Click Authorize Xero again in this browser.",
  },
  exchange_failed: {
    title: "Xero did not accept the authorization",
    message:
      "Nothing changed. Try again; if it keeps failing, Xero may be having trouble, so try again a little later.",
  },
  no_organisations: {
    title: "No Xero organisation to connect",
    message:
      "The Xero login you used has no organisation Kontor could connect to, so nothing changed. Log in to Xero as a user with access to your firm's organisation and the right to authorize third-party apps, then click Authorize Xero again.",
  },
  not_allowed: {
    title: "Only the Company Owner or a Company Admin can connect Xero",
    message: "Nothing changed. Ask the Company Owner or a Company Admin to authorize Xero.",
  },
  unknown: {
    title: "Connecting to Xero did not finish",
    message: "Nothing changed. Click Authorize Xero again.",
  },
};
