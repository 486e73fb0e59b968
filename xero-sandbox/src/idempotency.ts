import { createHash } from "node:crypto";
import type { Clock } from "./clock.js";

/**
 * Xero's `Idempotency-Key` on writes: a repeat with the same key and the same request answers
 * the first answer again and changes nothing; the same key with a different request is
 * refused. Keys are scoped to app × organisation and remembered for six minutes of sandbox
 * time (third-party reports put Xero's memory at about that; clients must not rely on more).
 */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;
export const IDEMPOTENCY_TTL_MS = 6 * 60 * 1000;

export interface StoredAnswer {
  status: number;
  contentType: string;
  body: string;
}

interface Entry {
  fingerprint: string;
  expiresAt: number;
  answer: Promise<StoredAnswer | undefined>;
}

export type IdempotentOutcome =
  | { kind: "fresh"; answer: StoredAnswer }
  | { kind: "replay"; answer: StoredAnswer }
  | { kind: "mismatch" };

export function requestFingerprint(method: string, path: string, query: string, body: string): string {
  return createHash("sha256")
    .update(`${method.toUpperCase()}\n${path.toLowerCase()}\n${query}\n`)
    .update(body)
    .digest("hex");
}

export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = IDEMPOTENCY_TTL_MS,
  ) {}

  clear(): void {
    this.entries.clear();
  }

  /**
   * Runs `produce` once per (scope, key). A repeat while the first is still running waits for
   * it and replays its answer. If `produce` fails, the key is forgotten so a retry runs anew.
   */
  async run(
    scope: string,
    key: string,
    fingerprint: string,
    produce: () => Promise<StoredAnswer>,
  ): Promise<IdempotentOutcome> {
    const now = this.clock.now();
    this.sweep(now);
    const id = `${scope}\u0000${key}`;
    const existing = this.entries.get(id);
    if (existing && existing.expiresAt > now) {
      if (existing.fingerprint !== fingerprint) return { kind: "mismatch" };
      const answer = await existing.answer;
      if (answer) return { kind: "replay", answer };
    }
    let settle: (answer: StoredAnswer | undefined) => void = () => {};
    const entry: Entry = {
      fingerprint,
      expiresAt: now + this.ttlMs,
      answer: new Promise((resolve) => {
        settle = resolve;
      }),
    };
    this.entries.set(id, entry);
    try {
      const answer = await produce();
      settle(answer);
      return { kind: "fresh", answer };
    } catch (error) {
      settle(undefined);
      if (this.entries.get(id) === entry) this.entries.delete(id);
      throw error;
    }
  }

  private sweep(now: number): void {
    for (const [id, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(id);
    }
  }
}
