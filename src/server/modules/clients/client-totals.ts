import type { Database } from "../../db/client.js";

/**
 * How many clients a search finds, kept between the pages of that search: counting every match
 * costs more than fetching a page. A company's totals are dropped whenever its clients, their
 * Xero links or its imports change (database notifications, migration 0005, from every writer), and
 * a total counted while a change came in is not kept.
 */
export class ClientTotals {
  private readonly totals = new Map<string, { companyId: string; total: number }>();
  private readonly generations = new Map<string, number>();
  /** Moves on when notifications were lost: every count in flight then is discarded. */
  private epoch = 0;
  private enabled = true;

  constructor(private readonly maxEntries = 10_000) {}

  /** Taken before counting and handed back to `set`, so a count that raced a change is discarded. */
  generation(companyId: string): string {
    return `${this.epoch}.${this.generations.get(companyId) ?? 0}`;
  }

  /** The search's total: the kept one, or `count()`'s, kept unless a change came in meanwhile. */
  async total(companyId: string, search: string, count: () => Promise<number>): Promise<number> {
    const kept = this.get(companyId, search);
    if (kept !== undefined) return kept;
    const generation = this.generation(companyId);
    const counted = await count();
    this.set(companyId, search, generation, counted);
    return counted;
  }

  get(companyId: string, search: string): number | undefined {
    return this.totals.get(`${companyId} ${search}`)?.total;
  }

  set(companyId: string, search: string, generation: string, total: number): void {
    if (!this.enabled || generation !== this.generation(companyId)) return;
    if (this.totals.size >= this.maxEntries) {
      const oldest = this.totals.keys().next().value;
      if (oldest !== undefined) this.totals.delete(oldest);
    }
    this.totals.set(`${companyId} ${search}`, { companyId, total });
  }

  forgetCompany(companyId: string): void {
    this.generations.set(companyId, (this.generations.get(companyId) ?? 0) + 1);
    for (const [key, entry] of this.totals) if (entry.companyId === companyId) this.totals.delete(key);
  }

  /** While change notifications cannot be received, nothing is kept. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) {
      this.epoch++;
      this.totals.clear();
    }
  }
}

/** The channel migration 0005's triggers announce a company's client-list changes on. */
export const CLIENT_LIST_CHANNEL = "kontor_client_list";

export function listenForClientListChanges(
  database: Database,
  totals: Pick<ClientTotals, "forgetCompany" | "setEnabled">,
) {
  return database.listen(
    CLIENT_LIST_CHANNEL,
    (companyId) => totals.forgetCompany(companyId),
    (connected) => totals.setEnabled(connected),
  );
}
