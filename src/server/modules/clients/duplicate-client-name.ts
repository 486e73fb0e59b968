import { like, or } from "drizzle-orm";
import type { CompanyScope } from "../../db/company-scope.js";
import { clients } from "../../db/schema/clients.js";
import { AppError } from "../../lib/errors.js";
import { normaliseName } from "../integrations/sync/normalise-name.js";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The client that already has this name, compared as the Xero import compares names: in any
 * case, spacing, accents or punctuation, and without legal forms ("Redwood Wines Ltd" is
 * "REDWOOD WINES"). The search index narrows the candidates to clients whose text has the name's
 * longest word (as typed, or without its accents), so a create does not read the whole register.
 */
export async function findSameName(scope: CompanyScope, name: string) {
  const wanted = normaliseName(name);
  if (!wanted) return null;
  // "and" may stand for "&", which the search text has instead.
  const words = wanted.split(" ");
  const longest = (words.filter((w) => w !== "and").length ? words.filter((w) => w !== "and") : words).sort(
    (a, b) => b.length - a.length,
  )[0]!;
  const typed = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .find((word) => word.normalize("NFKD").replace(/\p{M}/gu, "") === longest);
  const searched = [...new Set([longest, typed].filter((w): w is string => !!w))];
  const candidates = await scope.db
    .select({ id: clients.id, name: clients.name, archivedAt: clients.archivedAt })
    .from(clients)
    .where(scope.where(clients, or(...searched.map((w) => like(clients.searchText, `%${escapeLike(w)}%`)))));
  const same = candidates.find((c) => normaliseName(c.name) === wanted);
  return same ? { id: same.id, name: same.name, archived: same.archivedAt !== null } : null;
}

/** 409 with the existing client, unless the user chose to create another one of the same name. */
export async function refuseDuplicateName(scope: CompanyScope, name: string): Promise<void> {
  const existing = await findSameName(scope, name);
  if (!existing) return;
  const archived = existing.archived ? " (archived)" : "";
  throw new AppError(
    "duplicate_client",
    `${existing.name}${archived} already exists. Open it, or create another client of the same name.`,
    { existingClient: existing },
  );
}
