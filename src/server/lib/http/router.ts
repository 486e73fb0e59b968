import { OpenAPIHono } from "@hono/zod-openapi";
import type { ZodError } from "zod";
import type { FieldError } from "../../../shared/api/common.js";
import type { AppEnv } from "./context.js";

export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join(".") || "(body)",
    message: issue.message,
  }));
}

/** A module's router: invalid input answers 400 with field errors before a handler runs. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return c.json(
          {
            error: {
              code: "validation_failed",
              message: "Some fields need attention.",
              details: fieldErrors(result.error as ZodError),
            },
          },
          400,
        );
      }
    },
  });
}

export type Router = ReturnType<typeof createRouter>;
