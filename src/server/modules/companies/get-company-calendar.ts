import type { CompanyCalendar } from "../../../shared/api/company-calendar.js";
import type { Weekday } from "../../../shared/calendar/calendar-date.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { getCompanyRow } from "./get-company.js";

/** The company calendar every date rule uses: country and region (holidays), time zone, working days. */
export async function getCompanyCalendar(scope: CompanyScope): Promise<CompanyCalendar> {
  const row = await getCompanyRow(scope);
  return {
    country: row.country,
    region: row.region,
    timeZone: row.timeZone,
    workingDays: row.workingDays as Weekday[],
  };
}
