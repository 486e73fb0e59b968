import pg from "pg";
import type { Listen } from "./client.js";

const RECONNECT_MS = 1000;

interface Listener {
  channel: string;
  onNotify: (payload: string) => void;
  onConnected: (connected: boolean) => void;
}

/**
 * LISTEN on a PostgreSQL server: one connection of its own for every channel, opened with the first
 * listener, reconnected after a loss and closed with the last. Between a loss and the next LISTEN,
 * `onConnected(false)`: a listener must not trust what it cached.
 */
export function listenOnServer(url: string, onLostConnection: (error: Error) => void): Listen {
  const listeners = new Set<Listener>();
  let client: pg.Client | null = null;
  /** The channels LISTENed on `client`. */
  let listening = new Set<string>();
  let connecting: Promise<void> | null = null;
  let retryTimer: NodeJS.Timeout | undefined;

  const retry = () => {
    if (listeners.size > 0) retryTimer = setTimeout(() => void connect().catch(retry), RECONNECT_MS);
  };
  const listenOn = async (on: pg.Client, heard: Set<string>, channel: string) => {
    if (heard.has(channel)) return;
    heard.add(channel);
    await on.query(`listen ${pg.escapeIdentifier(channel)}`);
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: "kontor-listener" });
    next.on("notification", (msg) => {
      if (!msg.payload) return;
      for (const l of listeners) if (l.channel === msg.channel) l.onNotify(msg.payload);
    });
    next.on("error", (error) => {
      onLostConnection(error);
      if (client === next) client = null;
      for (const l of listeners) l.onConnected(false);
      void next.end().catch(() => {});
      retry();
    });
    const heard = new Set<string>();
    try {
      await next.connect();
      for (const l of listeners) await listenOn(next, heard, l.channel);
    } catch (error) {
      void next.end().catch(() => {});
      throw error;
    }
    if (listeners.size === 0) return void (await next.end().catch(() => {}));
    client = next;
    listening = heard;
    for (const l of listeners) if (heard.has(l.channel)) l.onConnected(true);
  };

  return async (channel, onNotify, onConnected = () => {}) => {
    const listener = { channel, onNotify, onConnected };
    listeners.add(listener);
    onConnected(false);
    if (!client) {
      connecting ??= connect().finally(() => {
        connecting = null;
      });
      await connecting;
    }
    // Joined while the connection was being opened, this channel may not be heard yet.
    if (client) {
      await listenOn(client, listening, channel);
      onConnected(true);
    }
    return async () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      clearTimeout(retryTimer);
      const last = client;
      client = null;
      await last?.end().catch(() => {});
    };
  };
}
