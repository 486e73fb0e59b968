import type { BusinessCalendar } from "./business-calendar.js";
import { type CalendarDate, compareDates, dateParts } from "./calendar-date.js";
import { deadlineOf, startDateOf } from "./deadlines.js";
import { type PeriodSequence, periodsOf } from "./periods.js";
import type { Schedule } from "./schedule.js";

/** One task of a recurring series: the period it is for, when it can start, when it is due. */
export interface Occurrence {
  /** The period's cycle (`2027-01`, `2027-Q1`, `2027`, a week's first day, a one-off's date). */
  key: string;
  period: { start: CalendarDate; end: CalendarDate };
  startDate: CalendarDate;
  deadline: CalendarDate;
}

export interface OccurrenceOptions {
  /** The day the series starts for a client (the workflow applied); a one-off task without a date takes it. */
  startsOn?: CalendarDate;
}

export interface DueWindow extends OccurrenceOptions {
  /** First deadline wanted, included. */
  from: CalendarDate;
  /** Last deadline wanted, included. */
  to: CalendarDate;
}

// A window of this many periods is far beyond any use (200 years of months); a larger one is a bug.
const MAX_PERIODS = 2400;

function occurrenceAt(
  sequence: PeriodSequence,
  index: number,
  schedule: Schedule,
  calendar: BusinessCalendar,
): Occurrence {
  const period = sequence.period(index);
  const deadline = deadlineOf(period, schedule.due, calendar);
  return {
    key: period.key,
    period: { start: period.start, end: period.end },
    startDate: startDateOf(period, schedule.due, deadline),
    deadline,
  };
}

/** The first period due on or after `date`. Deadlines never decrease from one period to the next
 * (every rule is monotonic), so step back from the period holding `date` while the one before is
 * still due (work due after its period ends), then forward past any due earlier. */
function firstIndexDueFrom(
  sequence: PeriodSequence,
  at: (index: number) => Occurrence,
  date: CalendarDate,
): number {
  let index = sequence.indexOf(date);
  for (let steps = 0; compareDates(at(index - 1).deadline, date) >= 0; steps++, index--) {
    if (steps > MAX_PERIODS) throw new RangeError("The due-date rule reaches too far back.");
  }
  for (let steps = 0; compareDates(at(index).deadline, date) < 0; steps++, index++) {
    if (steps > MAX_PERIODS) throw new RangeError("No deadline found after this date.");
  }
  return index;
}

/**
 * Every occurrence whose deadline falls from `from` to `to` (both included), by deadline: the
 * tasks to create ("due within the next 45 days") or to show as planned.
 */
export function occurrencesDueBetween(
  schedule: Schedule,
  calendar: BusinessCalendar,
  window: DueWindow,
): Occurrence[] {
  const { from, to } = window;
  if (compareDates(from, to) > 0) return [];
  const sequence = periodsOf(schedule.recurrence, calendar, window.startsOn);
  const at = (index: number) => occurrenceAt(sequence, index, schedule, calendar);
  if (!sequence.repeats) {
    const only = at(0);
    return compareDates(only.deadline, from) >= 0 && compareDates(only.deadline, to) <= 0 ? [only] : [];
  }
  const found: Occurrence[] = [];
  for (let index = firstIndexDueFrom(sequence, at, from); ; index++) {
    if (found.length > MAX_PERIODS)
      throw new RangeError("The window holds too many periods: ask for a shorter one.");
    const occurrence = at(index);
    if (compareDates(occurrence.deadline, to) > 0) return found;
    found.push(occurrence);
  }
}

/** The first occurrence due on or after `date` (e.g. "next due: 20 Jan 2027"), if any. */
export function nextOccurrence(
  schedule: Schedule,
  calendar: BusinessCalendar,
  date: CalendarDate,
  options: OccurrenceOptions = {},
): Occurrence | undefined {
  const sequence = periodsOf(schedule.recurrence, calendar, options.startsOn);
  const at = (index: number) => occurrenceAt(sequence, index, schedule, calendar);
  if (!sequence.repeats) {
    const only = at(0);
    return compareDates(only.deadline, date) >= 0 ? only : undefined;
  }
  return at(firstIndexDueFrom(sequence, at, date));
}

/** The occurrence of the period (cycle) holding `date`, e.g. this month's VAT return. */
export function occurrenceFor(
  schedule: Schedule,
  calendar: BusinessCalendar,
  date: CalendarDate,
  options: OccurrenceOptions = {},
): Occurrence {
  dateParts(date);
  const sequence = periodsOf(schedule.recurrence, calendar, options.startsOn);
  return occurrenceAt(sequence, sequence.indexOf(date), schedule, calendar);
}
