import { createRequire } from "node:module";
import type Holidays from "date-holidays";
import type { HolidaySource, PublicHoliday } from "../../../../shared/calendar/business-calendar.js";
import { addDays, calendarDate, dateParts } from "../../../../shared/calendar/calendar-date.js";

/**
 * Public holidays from the `date-holidays` library (maintained data for about 200 countries and
 * their regions), never a table of our own. Only days off count: holidays of type "public", not
 * bank holidays, observances or school days, and not part days (an afternoon off on New Year's
 * Eve is still a working day for a deadline).
 */

// Loaded on first use, not at start: the library and its data take about half a second and 25 MB.
// Through require (its CommonJS build) so the answer stays synchronous; the server bundle leaves
// it in node_modules.
let HolidaysClass: typeof Holidays | undefined;
let everyCountry: Holidays | undefined;

function holidaysClass(): typeof Holidays {
  HolidaysClass ??= createRequire(import.meta.url)("date-holidays") as typeof Holidays;
  return HolidaysClass;
}

function library(): Holidays {
  everyCountry ??= new (holidaysClass())();
  return everyCountry;
}

/** Loads the library now (e.g. once the server answers) rather than on the first request that needs it. */
export function preloadPublicHolidays(): void {
  library();
}

// One parser per country and region, and each year's list once: a year costs about a millisecond.
const parsers = new Map<string, Holidays>();
const years = new Map<string, readonly PublicHoliday[]>();

export interface HolidayPlace {
  country: string;
  region?: string | null;
}

export interface NamedCode {
  code: string;
  name: string;
}

const byName = (a: NamedCode, b: NamedCode) => a.name.localeCompare(b.name, "en");

/** The countries with public holidays, by English name (for the company settings). */
export function holidayCountries(): NamedCode[] {
  return Object.entries(library().getCountries("en"))
    .map(([code, name]) => ({ code, name }))
    .sort(byName);
}

/** The regions of a country that have holidays of their own (e.g. ENG, SCT in GB); often none. */
export function holidayRegions(country: string): NamedCode[] {
  return Object.entries(library().getStates(country.toUpperCase(), "en") ?? {})
    .map(([code, name]) => ({ code, name }))
    .sort(byName);
}

/** Why Kontor cannot use this country or region for holidays, or undefined when it can. */
export function holidayPlaceProblem(
  place: HolidayPlace,
): { field: "country" | "region"; message: string } | undefined {
  const country = place.country.toUpperCase();
  if (!(country in library().getCountries("en"))) {
    return { field: "country", message: `Kontor has no public holidays for the country "${place.country}".` };
  }
  if (place.region && !holidayRegions(country).some((r) => r.code === place.region?.toUpperCase())) {
    return {
      field: "region",
      message: `"${place.region}" is not a region of ${country} with its own holidays.`,
    };
  }
  return undefined;
}

function parserFor(country: string, region: string | undefined): Holidays {
  const key = `${country}/${region ?? ""}`;
  let parser = parsers.get(key);
  if (!parser) {
    const Parser = holidaysClass();
    parser = region
      ? new Parser(country, region, { types: ["public"], languages: ["en"] })
      : new Parser(country, { types: ["public"], languages: ["en"] });
    parsers.set(key, parser);
  }
  return parser;
}

/**
 * The holiday source of a country (and region) for a `BusinessCalendar`. Throws a RangeError for
 * a country or region the library does not know (it would otherwise quietly give none).
 */
export function publicHolidaysOf(place: HolidayPlace): HolidaySource {
  const problem = holidayPlaceProblem(place);
  if (problem) throw new RangeError(problem.message);
  const country = place.country.toUpperCase();
  const region = place.region ? place.region.toUpperCase() : undefined;
  return (year) => {
    const key = `${country}/${region ?? ""}/${year}`;
    let list = years.get(key);
    if (!list) {
      list = readYear(parserFor(country, region), year);
      years.set(key, list);
    }
    return list;
  };
}

function readYear(parser: Holidays, year: number): readonly PublicHoliday[] {
  dateParts(calendarDate(year, 1, 1));
  const days: PublicHoliday[] = [];
  // Last year's list too: a holiday of several days may begin on 31 December.
  const holidays = year > 1 ? [...parser.getHolidays(year - 1, "en"), ...parser.getHolidays(year, "en")] : [];
  for (const holiday of holidays) {
    // `date` is the local wall time ("2027-12-24 00:00:00", Islamic days "… 00:00:00 -0600" as they
    // begin the evening before); the day is its first ten characters, whatever the server's zone.
    if (holiday.type !== "public" || holiday.date.slice(11, 19) !== "00:00:00") continue;
    const first = holiday.date.slice(0, 10);
    const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
    for (let i = 0; i < length; i++) {
      const date = addDays(first, i);
      if (dateParts(date).year === year) days.push({ date, name: holiday.name });
    }
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
