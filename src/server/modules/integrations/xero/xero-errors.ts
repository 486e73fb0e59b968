import { z } from "zod";
import { IntegrationError } from "../integration-error.js";

const ValidationBody = z.object({
  Message: z.string().optional(),
  Elements: z
    .array(z.object({ ValidationErrors: z.array(z.object({ Message: z.string() })).optional() }).loose())
    .optional(),
});

const ProblemBody = z.object({ Detail: z.string().optional(), Title: z.string().optional() }).loose();

/** Xero's minute window is the longest pause a 429 below the day limit stands for. */
const LONGEST_WAIT_SECONDS = 60;

/** How long Xero asked to wait: never longer than a minute, whatever the header says. */
function retryAfterSeconds(headers: Headers): number | undefined {
  const value = Number(headers.get("retry-after"));
  return Number.isFinite(value) && value > 0 ? Math.min(value, LONGEST_WAIT_SECONDS) : undefined;
}

/** Xero's error answers, mapped to the few codes Kontor acts on, with messages for users. */
export async function xeroErrorFrom(response: Response): Promise<IntegrationError> {
  const text = await response.text().catch(() => "");
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const status = response.status;
  if (status === 400) {
    const parsed = ValidationBody.safeParse(body);
    const messages = parsed.success
      ? (parsed.data.Elements ?? []).flatMap((e) => (e.ValidationErrors ?? []).map((v) => v.Message))
      : [];
    const message =
      messages[0] ?? (parsed.success ? parsed.data.Message : undefined) ?? "Xero refused the request.";
    return new IntegrationError(
      "validation",
      `Xero refused it: ${message}`,
      messages.length ? messages : undefined,
    );
  }
  if (status === 401) {
    return new IntegrationError(
      "needs_reauth",
      "Xero no longer accepts Kontor's authorisation. Authorize Xero again.",
    );
  }
  if (status === 403) {
    const detail = ProblemBody.safeParse(body).data?.Detail;
    return new IntegrationError(
      "forbidden",
      "Xero did not allow this: Kontor is not connected to that organisation, or lacks the permission. Authorize Xero again.",
      detail ? { detail } : undefined,
    );
  }
  if (status === 404) return new IntegrationError("not_found", "Xero has no such record.");
  if (status === 429) {
    const problem = response.headers.get("x-rate-limit-problem");
    const wait = retryAfterSeconds(response.headers);
    const message =
      problem === "day"
        ? "Kontor used up today's Xero calls for this organisation. It can continue tomorrow."
        : "Xero asked Kontor to slow down; it will continue shortly.";
    return new IntegrationError("rate_limited", message, problem ? { problem } : undefined, wait ?? 60);
  }
  if (status === 503) {
    return new IntegrationError(
      "unavailable",
      "The Xero organisation is offline or Xero is under maintenance. Try again later.",
    );
  }
  if (status >= 500)
    return new IntegrationError("unavailable", "Xero is having trouble right now. Kontor will try again.");
  return new IntegrationError(
    "bad_response",
    `Xero answered with status ${status}, which Kontor did not expect.`,
  );
}
