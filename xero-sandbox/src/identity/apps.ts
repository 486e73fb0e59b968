import type { SandboxState } from "../state.js";
import type { AppRecord } from "./records.js";

export const DEMO_APP: AppRecord = {
  clientId: "kontor-demo",
  clientSecret: "kontor-demo-secret",
  name: "Kontor",
  redirectUris: [],
  allowLoopbackRedirects: true,
};

/** Xero compares redirect URIs exactly; the demo app also takes any loopback http URI. */
export function isRedirectAllowed(app: AppRecord, redirectUri: string): boolean {
  if (app.redirectUris.includes(redirectUri)) return true;
  if (!app.allowLoopbackRedirects) return false;
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  return (
    url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "127.0.0.1") && !url.hash
  );
}

export interface ClientCredentials {
  clientId?: string;
  clientSecret?: string;
}

/**
 * Client authentication at the token and revocation endpoints: HTTP Basic (what Xero
 * documents) or client_secret_post (which Xero also accepts). Basic wins when both are sent.
 */
export function readClientCredentials(
  authorization: string | undefined,
  form: Record<string, string>,
): ClientCredentials {
  if (authorization?.toLowerCase().startsWith("basic ")) {
    const decoded = Buffer.from(authorization.slice(6).trim(), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return {};
    return {
      clientId: safeDecode(decoded.slice(0, colon)),
      clientSecret: safeDecode(decoded.slice(colon + 1)),
    };
  }
  return { clientId: form.client_id, clientSecret: form.client_secret };
}

export function authenticateClient(
  state: SandboxState,
  credentials: ClientCredentials,
): AppRecord | undefined {
  if (!credentials.clientId || credentials.clientSecret === undefined) return undefined;
  const app = state.apps.get(credentials.clientId);
  return app && app.clientSecret === credentials.clientSecret ? app : undefined;
}

/** RFC 6749 §2.3.1: the id and secret inside Basic are form-url-encoded. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value;
  }
}
