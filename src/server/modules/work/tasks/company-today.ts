import { todayIn } from "../../../../shared/calendar-dates.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { getCompanyRow } from "../../companies/get-company.js";

/** Today's date in the company's time zone: what "overdue" is measured against. */
export async function companyToday(scope: CompanyScope, now: Date): Promise<string> {
  return todayIn((await getCompanyRow(scope)).timeZone, now);
}
