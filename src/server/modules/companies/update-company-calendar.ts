import { eq } from "drizzle-orm";
import type { CompanyCalendar, UpdateCompanyCalendarBody } from "../../../shared/api/company-calendar.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { companies } from "../../db/schema/companies.js";
import { assertHolidayPlace } from "../work/calendar/company-business-calendar.js";
import { getCompanyCalendar } from "./get-company-calendar.js";

/**
 * Sets the company calendar. A country or region without public holidays in the library is
 * refused (400 naming the field) rather than quietly giving no holidays to every deadline.
 */
export async function updateCompanyCalendar(
  scope: CompanyScope,
  calendar: UpdateCompanyCalendarBody,
): Promise<CompanyCalendar> {
  assertHolidayPlace(calendar);
  await scope.db
    .update(companies)
    .set({
      country: calendar.country,
      region: calendar.region,
      timeZone: calendar.timeZone,
      workingDays: calendar.workingDays,
    })
    .where(eq(companies.id, scope.companyId));
  return getCompanyCalendar(scope);
}
