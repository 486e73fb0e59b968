/** True when `error` is PostgreSQL's unique violation (23505), optionally of one constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = findPgError(error);
  return e?.code === "23505" && (!constraint || e.constraint === constraint);
}

/** True when `error` is PostgreSQL's foreign key violation (23503), optionally of one constraint. */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  const e = findPgError(error);
  return e?.code === "23503" && (!constraint || e.constraint === constraint);
}

interface PgError {
  code?: string;
  constraint?: string;
}

// Drizzle wraps driver errors; PGlite and node-postgres both put `code` and `constraint` on theirs.
function findPgError(error: unknown): PgError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const e = current as PgError & { cause?: unknown };
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    current = e.cause;
  }
  return undefined;
}
