import type { Database } from "../../db/client.js";
import type { PrincipalCache } from "./principal-cache.js";

export const PRINCIPALS_CHANNEL = "kontor_principals";

/**
 * On a PostgreSQL server other processes (another Kontor, the operator command) change users
 * and companies too. Triggers (migration 0001) announce each change; this drops the company's
 * cached principals. While notifications cannot be received nothing is cached.
 */
export function listenForPrincipalChanges(database: Database, cache: PrincipalCache) {
  return database.listen(
    PRINCIPALS_CHANNEL,
    (companyId) => cache.forgetCompany(companyId),
    (connected) => cache.setEnabled(connected),
  );
}
