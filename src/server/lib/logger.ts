import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type Logger } from "pino";
import { safeError, safeLogFields, safeLogText } from "./safe-log.js";

export type { Logger };

/** Fields every log line written while serving a request carries (request id, user, company). */
export const logContext = new AsyncLocalStorage<Record<string, string>>();

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "kontor" },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Every field and message passes here, whoever logs: secrets, query parameters and the data
      // an error carries never reach the log (see safe-log.ts).
      formatters: { level: (label) => ({ level: label }), log: safeLogFields, bindings: safeLogFields },
      serializers: {
        err: (value: unknown) => value,
        msg: (value: unknown) => (typeof value === "string" ? safeLogText(value) : value),
      },
      hooks: {
        // Without a message pino takes the error's own, which may quote the data it failed on.
        logMethod(args, method) {
          const [first, second] = args as unknown[];
          const err = first instanceof Error ? first : (first as { err?: unknown } | null)?.err;
          if (err instanceof Error && typeof second !== "string") {
            const fields = first instanceof Error ? { err } : (first as object);
            return method.call(this, fields, String(safeError(err).message));
          }
          return method.apply(this, args);
        },
      },
      // Read at each line, so no per-request child logger is built for requests that log nothing.
      mixin: () => logContext.getStore() ?? {},
    },
    destination,
  );
}
