import type { Me } from "../../../shared/api/auth.js";
import type { Auth } from "../../app-env.js";

/** Who a session cookie or API token belongs to, as every request needs it. */
export interface Principal {
  auth: Auth;
  me: Me;
  /** When the session or token stops being valid by itself (null: only by revocation). */
  validUntil: Date | null;
}

interface Entry {
  principal: Principal;
  cachedAt: number;
}

/**
 * Keeps recent principals in memory so a request costs no database round trip. An entry is
 * dropped when its company changes (this process's writes, and other processes' through the
 * database's change notifications), and after `ttlMs` in any case.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();
  private enabled = true;

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, now: Date): Principal | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const expired = entry.principal.validUntil !== null && entry.principal.validUntil <= now;
    if (expired || performance.now() - entry.cachedAt > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.principal;
  }

  set(key: string, principal: Principal): void {
    if (!this.enabled) return;
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: drop the oldest.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { principal, cachedAt: performance.now() });
  }

  forgetCompany(companyId: string): void {
    for (const [key, entry] of this.entries) {
      if (entry.principal.auth.companyId === companyId) this.entries.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  /** While change notifications cannot be received, nothing is cached. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) this.clear();
  }
}
