import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type Logger } from "pino";

export type { Logger };

/** Fields every log line written while serving a request carries (request id, user, company). */
export const logContext = new AsyncLocalStorage<Record<string, string>>();

/** Paths whose values never reach the log, wherever a caller puts them. */
const REDACT = [
  "password",
  "*.password",
  "token",
  "*.token",
  "accessToken",
  "*.accessToken",
  "refreshToken",
  "*.refreshToken",
  "*.access_token",
  "*.refresh_token",
  "*.id_token",
  "req.headers.cookie",
  "req.headers.authorization",
  "res.headers['set-cookie']",
  "headers.cookie",
  "headers.authorization",
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "kontor" },
      redact: { paths: REDACT, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Read at each line, so no per-request child logger is built for requests that log nothing.
      mixin: () => logContext.getStore() ?? {},
    },
    destination,
  );
}
