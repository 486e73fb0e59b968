import { and, eq, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client.js";

/** A table that holds one company's data. */
export type CompanyTable = PgTable & { companyId: PgColumn };

/**
 * The one place that scopes data access to a company: every read, write and delete made through
 * a scope carries `company_id = <the signed-in company>`, so a route cannot reach another company's rows.
 */
export class CompanyScope {
  constructor(
    readonly db: Db,
    readonly companyId: string,
  ) {}

  /** `company_id = …` AND the given conditions, for use in joins and custom queries. */
  where(table: CompanyTable, ...conditions: (SQL | undefined)[]): SQL {
    return and(eq(table.companyId, this.companyId), ...conditions) as SQL;
  }

  select<T extends CompanyTable>(table: T, ...conditions: (SQL | undefined)[]) {
    return this.db
      .select()
      .from(table as PgTable)
      .where(this.where(table, ...conditions)) as unknown as Promise<T["$inferSelect"][]>;
  }

  async first<T extends CompanyTable>(table: T, ...conditions: (SQL | undefined)[]) {
    const rows = await this.db
      .select()
      .from(table as PgTable)
      .where(this.where(table, ...conditions))
      .limit(1);
    return rows[0] as T["$inferSelect"] | undefined;
  }

  insert<T extends CompanyTable>(table: T, values: Omit<T["$inferInsert"], "companyId">) {
    return this.db.insert(table).values({ ...values, companyId: this.companyId } as T["$inferInsert"]);
  }

  insertMany<T extends CompanyTable>(table: T, values: Omit<T["$inferInsert"], "companyId">[]) {
    const rows = values.map((v) => ({ ...v, companyId: this.companyId }) as T["$inferInsert"]);
    return this.db.insert(table).values(rows);
  }

  update<T extends CompanyTable>(
    table: T,
    set: Partial<Omit<T["$inferInsert"], "companyId">>,
    ...conditions: (SQL | undefined)[]
  ) {
    return this.db
      .update(table)
      .set(set as never)
      .where(this.where(table, ...conditions));
  }

  delete<T extends CompanyTable>(table: T, ...conditions: (SQL | undefined)[]) {
    return this.db.delete(table).where(this.where(table, ...conditions));
  }

  /** Runs `work` in one transaction, still scoped to this company. */
  transaction<R>(work: (scope: CompanyScope) => Promise<R>): Promise<R> {
    return this.db.transaction((tx) => work(new CompanyScope(tx as unknown as Db, this.companyId)));
  }
}
