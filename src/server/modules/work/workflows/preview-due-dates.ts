import type { DueDatesPreview } from "../../../../shared/api/workflows.js";
import { addDays } from "../../../../shared/calendar/calendar-date.js";
import { nextOccurrence } from "../../../../shared/calendar/occurrences.js";
import type { Schedule } from "../../../../shared/calendar/schedule.js";
import { todayIn } from "../../../../shared/calendar-dates.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { getCompanyCalendar } from "../../companies/get-company-calendar.js";
import { companyBusinessCalendar } from "../calendar/company-business-calendar.js";

/** The next three deadlines of a rule with the company's calendar: what the rule means, in dates. */
export async function previewDueDates(
  scope: CompanyScope,
  { schedule, now }: { schedule: Schedule; now: Date },
): Promise<DueDatesPreview> {
  const settings = await getCompanyCalendar(scope);
  const calendar = companyBusinessCalendar(settings);
  const today = todayIn(settings.timeZone, now);
  const deadlines: DueDatesPreview["deadlines"] = [];
  for (let from = today; deadlines.length < 3; ) {
    const next = nextOccurrence(schedule, calendar, from, { startsOn: today });
    if (!next) break;
    deadlines.push({ period: next.key, deadline: next.deadline });
    from = addDays(next.deadline, 1);
  }
  return { deadlines };
}
