import { and, eq, isNull } from "drizzle-orm";
import type { CompanyScope } from "../../db/company-scope.js";
import { invites } from "../../db/schema/invites.js";
import { notFound } from "../../lib/errors.js";

export async function revokeInvite(scope: CompanyScope, id: string, now: Date): Promise<void> {
  const rows = await scope
    .update(
      invites,
      { revokedAt: now },
      eq(invites.id, id),
      and(isNull(invites.acceptedAt), isNull(invites.revokedAt)),
    )
    .returning({ id: invites.id });
  if (rows.length === 0) throw notFound("The invite");
}
