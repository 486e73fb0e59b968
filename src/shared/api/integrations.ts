import { z } from "zod";

export const ConnectionStatus = z.enum(["disconnected", "connected", "needs_reauth"]);
export type ConnectionStatus = z.infer<typeof ConnectionStatus>;

export const Organisation = z
  .object({
    id: z.string().meta({ description: "The accounting system's id (Xero: tenantId)." }),
    name: z.string(),
    kind: z.string().meta({ example: "ORGANISATION" }),
    billing: z.boolean().meta({ description: "Kontor sends invoices to this organisation." }),
  })
  .meta({ id: "Organisation" });
export type Organisation = z.infer<typeof Organisation>;

export const Connection = z
  .object({
    provider: z.string().meta({ example: "xero" }),
    label: z.string().meta({ example: "Demo Xero (sandbox)" }),
    sandbox: z.boolean().meta({ description: "Kontor talks to its bundled Xero sandbox, not real Xero." }),
    enabled: z.boolean().meta({ description: "The app is enabled in Settings & Apps." }),
    status: ConnectionStatus,
    statusReason: z.string().nullable(),
    tenant: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .meta({ description: "The billing organisation; null until one is chosen." }),
    organisations: z.array(Organisation),
    authorizedBy: z
      .string()
      .nullable()
      .meta({ description: "The accounting-system login that authorised Kontor." }),
    connectedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Connection" });
export type Connection = z.infer<typeof Connection>;

export const ChooseOrganisationBody = z
  .object({ tenantId: z.string().trim().min(1, "Choose an organisation.").max(100) })
  .meta({ id: "ChooseOrganisationBody" });

export const AuthorizeAnswer = z
  .object({
    url: z
      .url()
      .meta({ description: "Open this in the browser: the accounting system's login and consent page." }),
  })
  .meta({ id: "AuthorizeAnswer" });

/** Where the OAuth callback sends the browser back: `/apps?xero=<outcome>` (see these codes). */
export const CALLBACK_OUTCOMES = ["connected", "choose", "switch"] as const;
export const CALLBACK_ERRORS = [
  "access_denied",
  "invalid_state",
  "state_used",
  "state_expired",
  "state_mismatch",
  "exchange_failed",
  "no_organisations",
  "not_allowed",
] as const;
export type CallbackError = (typeof CALLBACK_ERRORS)[number];
