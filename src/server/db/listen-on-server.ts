import pg from "pg";

const RECONNECT_MS = 1000;

/**
 * LISTEN on a PostgreSQL server: one connection of its own, reconnected after a loss. Between a
 * loss and the next LISTEN, `onConnected(false)`: the caller must not trust what it cached.
 */
export async function listenOnServer(
  url: string,
  channel: string,
  onNotify: (payload: string) => void,
  onConnected: (connected: boolean) => void = () => {},
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const retry = () => {
    if (!stopped) retryTimer = setTimeout(() => void connect().catch(retry), RECONNECT_MS);
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: "kontor-listener" });
    next.on("notification", (msg) => {
      if (msg.channel === channel && msg.payload) onNotify(msg.payload);
    });
    next.on("error", () => {
      onConnected(false);
      void next.end().catch(() => {});
      retry();
    });
    try {
      await next.connect();
      await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      void next.end().catch(() => {});
      throw error;
    }
    if (stopped) return void (await next.end().catch(() => {}));
    client = next;
    onConnected(true);
  };

  onConnected(false);
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retryTimer);
    await client?.end().catch(() => {});
  };
}
