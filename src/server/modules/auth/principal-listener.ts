import pg from "pg";
import type { Logger } from "../../lib/logger.js";
import type { PrincipalCache } from "./principal-cache.js";

export const PRINCIPALS_CHANNEL = "kontor_principals";

/**
 * On a PostgreSQL server other processes (another Kontor, the operator command) change users
 * and companies too. Triggers (migration 0001) announce each change; this keeps one connection
 * listening and drops the company's cached principals. Without the connection nothing is cached.
 */
export async function listenForPrincipalChanges(url: string, cache: PrincipalCache, logger: Logger) {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: "kontor-listener" });
    next.on("notification", (msg) => {
      if (msg.payload) cache.forgetCompany(msg.payload);
    });
    next.on("error", (error) => {
      logger.warn({ err: error }, "change notifications lost; reconnecting");
      cache.setEnabled(false);
      void next.end().catch(() => {});
      if (!stopped) retryTimer = setTimeout(() => void connect().catch(() => {}), 1000);
    });
    await next.connect();
    await next.query(`listen ${PRINCIPALS_CHANNEL}`);
    client = next;
    cache.setEnabled(true);
  };

  cache.setEnabled(false);
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retryTimer);
    await client?.end().catch(() => {});
  };
}
