import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

/** `x-xero-signature`: base64 HMAC-SHA256 of the raw body with the webhook key. */
export function signWebhookBody(body: string, key: string): string {
  return createHmac("sha256", key).update(body, "utf8").digest("base64");
}

/** Constant-time check, the way a receiver should verify Xero's header. */
export function verifyWebhookSignature(body: string, key: string, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signWebhookBody(body, key));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Xero's `entropy`: 20 random upper-case letters. */
export function entropy(): string {
  let s = "";
  for (let i = 0; i < 20; i++) s += String.fromCharCode(65 + randomInt(26));
  return s;
}
