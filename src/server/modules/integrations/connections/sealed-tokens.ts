import type { SecretBox } from "../../../lib/crypto.js";
import type { TokenSet } from "../accounting-provider.js";

/** Each token is sealed bound to its grant and column, so it cannot be replayed elsewhere. */
export function sealTokens(box: SecretBox, grantId: string, tokens: TokenSet) {
  return {
    accessToken: box.seal(tokens.accessToken, `${grantId}:access`),
    refreshToken: box.seal(tokens.refreshToken, `${grantId}:refresh`),
    accessExpiresAt: tokens.accessExpiresAt,
    scopes: tokens.scopes,
  };
}

export function openAccessToken(box: SecretBox, grant: { id: string; accessToken: string }): string {
  return box.open(grant.accessToken, `${grant.id}:access`);
}

export function openRefreshToken(box: SecretBox, grant: { id: string; refreshToken: string }): string {
  return box.open(grant.refreshToken, `${grant.id}:refresh`);
}
