import type { Database } from "../../../db/client.js";
import type { ProviderId } from "../accounting-provider.js";

/**
 * Cancels a company's queued and retrying jobs of a provider (queues are named "<provider>.…" and
 * carry `companyId`). A job already running notices the grant is gone at its next call.
 */
export async function cancelIntegrationJobs(
  database: Database,
  companyId: string,
  provider: ProviderId,
): Promise<number> {
  const { rows } = await database.executeSql("select to_regclass('pgboss.job') is not null as present");
  if (!rows[0]?.present) return 0;
  const cancelled = await database.executeSql(
    `update pgboss.job set state = 'cancelled', completed_on = now()
      where name like $1 and data->>'companyId' = $2 and state in ('created', 'retry')
      returning id`,
    [`${provider}.%`, companyId],
  );
  return cancelled.rows.length;
}
