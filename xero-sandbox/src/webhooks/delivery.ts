import { signWebhookBody } from "./signature.js";

/** Xero gives a receiver 5 seconds to answer. */
export const DELIVERY_TIMEOUT_MS = 5_000;

export interface DeliveryResult {
  status?: number;
  error?: string;
}

/** POSTs a payload exactly as Xero does: raw JSON, signed with the subscription's key. */
export async function postWebhook(
  url: string,
  payload: unknown,
  signingKey: string,
): Promise<DeliveryResult> {
  const body = JSON.stringify(payload);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        "x-xero-signature": signWebhookBody(body, signingKey),
      },
      body,
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
