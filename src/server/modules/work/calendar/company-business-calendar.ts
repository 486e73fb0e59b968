import type { CompanyCalendar } from "../../../../shared/api/company-calendar.js";
import { BusinessCalendar } from "../../../../shared/calendar/business-calendar.js";
import { AppError } from "../../../lib/errors.js";
import { type HolidayPlace, holidayPlaceProblem, publicHolidaysOf } from "./public-holidays.js";

/** The company's business calendar: its working days and time zone, its country's holidays. */
export function companyBusinessCalendar(settings: CompanyCalendar): BusinessCalendar {
  return new BusinessCalendar({
    timeZone: settings.timeZone,
    workingDays: settings.workingDays,
    holidays: publicHolidaysOf(settings),
  });
}

/** Refuses, as a 400 naming the field, a country or region without public holidays in the library. */
export function assertHolidayPlace(place: HolidayPlace): void {
  const problem = holidayPlaceProblem(place);
  if (problem) throw new AppError("validation_failed", "Some fields need attention.", [problem]);
}
