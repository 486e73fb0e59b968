import { desc, eq, isNull } from "drizzle-orm";
import type { ApiToken, CreatedApiToken } from "../../../shared/api/auth.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { apiTokens } from "../../db/schema/sessions.js";
import { notFound } from "../../lib/errors.js";
import { hashSecret, newSecret } from "./secrets.js";

const PREFIX = "kontor_pat_";

function toApi(row: typeof apiTokens.$inferSelect): ApiToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export async function createApiToken(
  scope: CompanyScope,
  userId: string,
  name: string,
  now: Date,
): Promise<CreatedApiToken> {
  const token = newSecret(PREFIX);
  const [row] = await scope
    .insert(apiTokens, { tokenHash: hashSecret(token), userId, name, createdAt: now })
    .returning();
  return { ...toApi(row!), token };
}

export async function listApiTokens(scope: CompanyScope, userId: string): Promise<ApiToken[]> {
  const rows = await scope.db
    .select()
    .from(apiTokens)
    .where(scope.where(apiTokens, eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(toApi);
}

export async function revokeApiToken(
  scope: CompanyScope,
  userId: string,
  id: string,
  now: Date,
): Promise<void> {
  const revoked = await scope
    .update(
      apiTokens,
      { revokedAt: now },
      eq(apiTokens.id, id),
      eq(apiTokens.userId, userId),
      isNull(apiTokens.revokedAt),
    )
    .returning({ id: apiTokens.id });
  if (revoked.length === 0) throw notFound("The API token");
}
