import { Hono } from "hono";
import { issuerOf, type SandboxEnv } from "../http.js";
import type { SandboxState } from "../state.js";
import { signingKey } from "./keys.js";

/** The OpenID discovery document and JWKS, shaped like identity.xero.com's. */
export function discoveryRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.get("/.well-known/openid-configuration", (c) => {
    const issuer = issuerOf(state, c);
    return c.json({
      issuer,
      jwks_uri: `${issuer}/.well-known/openid-configuration/jwks`,
      authorization_endpoint: `${issuer}/connect/authorize`,
      token_endpoint: `${issuer}/connect/token`,
      userinfo_endpoint: `${issuer}/connect/userinfo`,
      revocation_endpoint: `${issuer}/connect/revocation`,
      frontchannel_logout_supported: false,
      backchannel_logout_supported: false,
      scopes_supported: ["openid", "profile", "email", "offline_access"],
      claims_supported: [
        "sub",
        "xero_userid",
        "global_session_id",
        "authentication_event_id",
        "preferred_username",
        "email",
        "given_name",
        "family_name",
        "name",
      ],
      grant_types_supported: ["authorization_code", "refresh_token"],
      response_types_supported: ["code"],
      response_modes_supported: ["query"],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      revocation_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["plain", "S256"],
      request_parameter_supported: false,
    });
  });
  app.get("/.well-known/openid-configuration/jwks", (c) => c.json({ keys: [signingKey().publicJwk] }));
  return app;
}
