import type { CompanyHolidays } from "../../../shared/api/company-calendar.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { publicHolidaysOf } from "../work/calendar/public-holidays.js";
import { getCompanyCalendar } from "./get-company-calendar.js";

export interface ListCompanyHolidaysInput {
  year: number;
}

/** The public holidays (days off) of the company's country and region in a year. */
export async function listCompanyHolidays(
  scope: CompanyScope,
  { year }: ListCompanyHolidaysInput,
): Promise<CompanyHolidays> {
  const calendar = await getCompanyCalendar(scope);
  return { year, holidays: [...publicHolidaysOf(calendar)(year)] };
}
