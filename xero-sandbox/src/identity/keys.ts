import { createHash, generateKeyPair, generateKeyPairSync, type KeyObject, sign } from "node:crypto";

/**
 * The RS256 key that signs id_tokens and access tokens. One key per process: generating an
 * RSA key takes tens of milliseconds, and tests start many sandboxes.
 */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: Record<string, string>;
}

let cached: SigningKey | undefined;
let pending: Promise<void> | undefined;

function remember(privateKey: KeyObject, publicKey: KeyObject): void {
  if (cached) return;
  const jwk = publicKey.export({ format: "jwk" });
  const kid = createHash("sha256").update(`${jwk.n}.${jwk.e}`).digest("hex").slice(0, 32).toUpperCase();
  cached = {
    kid,
    privateKey,
    publicJwk: { kty: "RSA", use: "sig", alg: "RS256", kid, e: String(jwk.e), n: String(jwk.n) },
  };
}

/** Generates the key off the main thread, so start-up can seed data meanwhile. */
export function prepareSigningKey(): Promise<void> {
  if (cached) return Promise.resolve();
  pending ??= new Promise<void>((resolve, reject) => {
    generateKeyPair("rsa", { modulusLength: 2048 }, (error, publicKey, privateKey) => {
      if (error) reject(error);
      else {
        remember(privateKey, publicKey);
        resolve();
      }
    });
  });
  return pending;
}

export function signingKey(): SigningKey {
  if (!cached) {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    remember(privateKey, publicKey);
  }
  if (!cached) throw new Error("no signing key");
  return cached;
}

export function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString("base64url");
}

export function signJwt(payload: Record<string, unknown>, key: SigningKey = signingKey()): string {
  const header = base64url(JSON.stringify({ alg: "RS256", kid: key.kid, typ: "JWT" }));
  const body = base64url(JSON.stringify(payload));
  const signature = sign("sha256", Buffer.from(`${header}.${body}`), key.privateKey);
  return `${header}.${body}.${base64url(signature)}`;
}

/** OpenID `at_hash`: the left half of the SHA-256 of the access token, base64url. */
export function accessTokenHash(accessToken: string): string {
  const digest = createHash("sha256").update(accessToken).digest();
  return base64url(digest.subarray(0, digest.length / 2));
}
