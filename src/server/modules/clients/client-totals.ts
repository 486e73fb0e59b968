import type { Database } from "../../db/client.js";

/**
 * How many rows a search of a list finds (the client list; All invoices, under keys starting
 * "invoices:"), kept between the pages of that search: counting every match costs more than
 * fetching a page. A company's totals are dropped whenever its clients, their Xero links, its
 * imports or its invoices change (database notifications, migrations 0005 and 0006, from every
 * writer), and a total counted while a change came in is not kept.
 */
export class ClientTotals {
  /** By company, then search: a company's change drops its own map, without looking at others. */
  private readonly totals = new Map<string, Map<string, number>>();
  private size = 0;
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
    return this.totals.get(companyId)?.get(search);
  }

  set(companyId: string, search: string, generation: string, total: number): void {
    if (!this.enabled || generation !== this.generation(companyId)) return;
    // Full: the company kept longest makes room.
    if (this.size >= this.maxEntries) {
      const oldest = this.totals.keys().next().value;
      if (oldest !== undefined) this.dropTotals(oldest);
    }
    const company = this.totals.get(companyId) ?? new Map<string, number>();
    this.totals.set(companyId, company);
    if (!company.has(search)) this.size++;
    company.set(search, total);
  }

  forgetCompany(companyId: string): void {
    this.generations.set(companyId, (this.generations.get(companyId) ?? 0) + 1);
    this.dropTotals(companyId);
  }

  private dropTotals(companyId: string): void {
    this.size -= this.totals.get(companyId)?.size ?? 0;
    this.totals.delete(companyId);
  }

  /** While change notifications cannot be received, nothing is kept. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) {
      this.epoch++;
      this.totals.clear();
      this.size = 0;
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
