import type { z } from "zod";
import { ErrorBody } from "../../../shared/api/common.js";

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true };
}

const error = (description: string) => jsonContent(ErrorBody, description);

/** Error answers shared by the routes, for the OpenAPI document. */
export const errors = {
  400: error("Invalid input; `details` lists the fields."),
  401: error("Not signed in."),
  402: error("The company's plan does not include this."),
  403: error("The signed-in user's role does not allow this."),
  404: error("Not found in the signed-in company."),
  409: error("Conflicts with existing data."),
  410: error("No longer valid."),
  422: error("The accounting system refused the data; `details` lists its reasons."),
  429: error("Too many attempts; see Retry-After."),
  502: error("The accounting system did not answer or failed; nothing changed."),
} as const;

export const NoContent = { description: "Done; no content." } as const;

/** Routes that need a signed-in caller: the session cookie or a personal API token. */
export const signedIn: Record<string, string[]>[] = [{ cookieAuth: [] }, { bearerAuth: [] }];
