import type { TaskSettings } from "../../../shared/api/task-settings.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { getCompanyRow } from "./get-company.js";

export async function getTaskSettings(scope: CompanyScope): Promise<TaskSettings> {
  const row = await getCompanyRow(scope);
  return { checklistBeforeDone: row.checklistBeforeDone };
}
