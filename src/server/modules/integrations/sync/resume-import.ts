import { and, eq } from "drizzle-orm";
import type { Auth } from "../../../app-env.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { importCandidates } from "../../../db/schema/imports.js";
import { AppError } from "../../../lib/errors.js";
import type { Jobs } from "../../../lib/jobs.js";
import { assertCanManage } from "../../auth/authenticate.js";
import { findRun, isActive } from "./import-runs.js";
import type { ImportWorker } from "./import-worker.js";
import { stoppedRuns, takeOverRun } from "./resume-stopped-imports.js";

/**
 * Resumes a client import that failed or stopped (after re-authorising, say): a confirmed one
 * continues with the contacts still pending; one that never got to its preview fetches it again.
 * One that is running (queued, or worked on by a live process) is left alone: one job per run.
 */
export async function resumeClientImport(
  scope: CompanyScope,
  auth: Auth,
  runId: string,
  jobs: Jobs,
  worker: ImportWorker,
  now: Date,
) {
  assertCanManage(auth);
  const run = await findRun(scope, runId, "clients");
  if (run.status === "done" || run.status === "ready") {
    throw new AppError(
      "conflict",
      run.status === "done" ? "This import has finished." : "This import is waiting for your confirmation.",
    );
  }
  const running = new AppError("conflict", "This import is already running.");
  if (isActive(run.status) && (await stoppedRuns([run], jobs, worker)).length === 0) throw running;
  const confirmed = await scope.first(
    importCandidates,
    and(eq(importCandidates.runId, runId), eq(importCandidates.selected, true)),
  );
  const resumed = await takeOverRun(scope, jobs, run, {
    set: { status: confirmed ? "importing" : "fetching", error: null, finishedAt: null, updatedAt: now },
  });
  if (!resumed) throw running;
}
