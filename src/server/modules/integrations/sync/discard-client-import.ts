import { eq } from "drizzle-orm";
import type { Auth } from "../../../app-env.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { importRuns } from "../../../db/schema/imports.js";
import { AppError } from "../../../lib/errors.js";
import { assertCanManage } from "../../auth/authenticate.js";
import { findRun } from "./import-runs.js";

/**
 * "Discard": a preview waiting for review is dropped, with its candidates; nothing was written
 * from it, so nothing else changes. Only a preview that is ready (not one being imported).
 */
export async function discardClientImport(scope: CompanyScope, auth: Auth, runId: string): Promise<void> {
  assertCanManage(auth);
  const run = await findRun(scope, runId, "clients");
  const refuse = () => {
    throw new AppError("conflict", "Only an import waiting for review can be discarded.");
  };
  if (run.status !== "ready") refuse();
  // Only while still ready: a Confirm racing this one wins or loses as a whole.
  const gone = await scope
    .delete(importRuns, eq(importRuns.id, runId), eq(importRuns.status, "ready"))
    .returning({ id: importRuns.id });
  if (gone.length === 0) refuse();
}
