import type { Context, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { ZodError } from "zod";
import { AppError } from "../errors.js";
import type { BaseEnv } from "./base-env.js";
import { fieldErrors } from "./router.js";

/** Turns any thrown error into the one error shape; nothing internal reaches the client. */
export function handleError<E extends BaseEnv>(err: Error, c: Context<E>): Response {
  if (err instanceof AppError) {
    for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
    const body = {
      error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) },
    };
    return c.json(body, err.status);
  }
  if (err instanceof ZodError) {
    return c.json(
      {
        error: {
          code: "validation_failed",
          message: "Some fields need attention.",
          details: fieldErrors(err),
        },
      },
      400,
    );
  }
  if (err instanceof HTTPException && err.status < 500) {
    // Hono's own 4xx (e.g. a body that is not JSON).
    const message =
      err.status === 400
        ? "The request body could not be read. Send valid JSON."
        : err.status === 415
          ? "Send the request body as JSON, with Content-Type: application/json."
          : err.message;
    return c.json({ error: { code: "bad_request", message } }, err.status);
  }
  const requestId = c.get("requestId");
  const log: Pick<Console, "error"> = c.get("log") ?? console;
  log.error({ err }, "unhandled error");
  return c.json(
    {
      error: {
        code: "internal",
        message: `Something went wrong on our side. If it keeps happening, quote request id ${requestId}.`,
      },
    },
    500,
  );
}

export const handleNotFound: NotFoundHandler = (c) =>
  c.json({ error: { code: "not_found", message: `No such endpoint: ${c.req.method} ${c.req.path}` } }, 404);
