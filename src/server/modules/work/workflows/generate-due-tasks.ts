import type { Deps } from "../../../app-env.js";
import { CompanyScope } from "../../../db/company-scope.js";
import { companies } from "../../../db/schema/companies.js";
import { generateWorkflowTasks } from "./generate-workflow-tasks.js";

/**
 * Runs every hour; each company's "next 45 days" moves on at midnight in its own zone, so the
 * first run after that makes the day's new tasks. Nothing to do costs one query per company. One
 * company's failure does not hold back the others; the next run tries it again.
 */
export const TASK_GENERATION_CRON = "7 * * * *";

export async function generateDueTasks(deps: Pick<Deps, "database" | "clock" | "logger">) {
  const { db } = deps.database;
  const all = await db.select({ id: companies.id }).from(companies);
  let tasksCreated = 0;
  let failed = 0;
  for (const { id } of all) {
    try {
      tasksCreated += (await generateWorkflowTasks(new CompanyScope(db, id), { now: deps.clock.now() }))
        .tasksCreated;
    } catch (error) {
      failed++;
      deps.logger.error({ err: error, companyId: id }, "task generation failed for a company");
    }
  }
  return { companies: all.length, tasksCreated, failed };
}
