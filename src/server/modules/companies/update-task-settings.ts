import { eq } from "drizzle-orm";
import type { TaskSettings } from "../../../shared/api/task-settings.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { companies } from "../../db/schema/companies.js";
import { getTaskSettings } from "./get-task-settings.js";

/** How the company's tasks behave; applies from the next change on (tasks already done stay done). */
export async function updateTaskSettings(scope: CompanyScope, settings: TaskSettings): Promise<TaskSettings> {
  await scope.db
    .update(companies)
    .set({ checklistBeforeDone: settings.checklistBeforeDone })
    .where(eq(companies.id, scope.companyId));
  return getTaskSettings(scope);
}
