import { z } from "zod";
import { isCalendarDate, type Weekday } from "./calendar-date.js";
import { isTimeZone, normalizeTimeZone } from "./time-zone.js";

/** Field schemas for dates and calendars, with messages a user can act on. */

export const CalendarDateField = z
  .string({ error: "Enter a date as YYYY-MM-DD." })
  .refine(isCalendarDate, "Enter a real date as YYYY-MM-DD, e.g. 2027-01-20.")
  .meta({ format: "date", example: "2027-01-20" });

export const WeekdayField = z
  .int({ error: "Choose a day of the week: 1 (Monday) … 7 (Sunday)." })
  .min(1, "Choose a day of the week: 1 (Monday) … 7 (Sunday).")
  .max(7, "Choose a day of the week: 1 (Monday) … 7 (Sunday).")
  .transform((d) => d as Weekday)
  .meta({ description: "ISO weekday: 1 = Monday … 7 = Sunday.", example: 5 });

export const WorkingDaysField = z
  .array(WeekdayField, { error: "List the working days as numbers 1 (Monday) … 7 (Sunday)." })
  .min(1, "Choose at least one working day.")
  .refine((days) => new Set(days).size === days.length, "List each working day once.")
  .transform((days) => [...days].sort((a, b) => a - b))
  .meta({ description: "The company's working days, 1 = Monday … 7 = Sunday.", example: [1, 2, 3, 4, 5] });

export const TimeZoneField = z
  .string({ error: "Choose a time zone, e.g. Europe/Tallinn." })
  .trim()
  .refine(isTimeZone, "Choose a time zone by its name, e.g. Europe/Tallinn.")
  .transform(normalizeTimeZone)
  .meta({ description: "IANA time zone name.", example: "Europe/Tallinn" });

export const CountryField = z
  .string({ error: "Choose a country." })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Choose a country by its two-letter code, e.g. EE.")
  .meta({ description: "ISO 3166-1 alpha-2 country code: public holidays come from it.", example: "EE" });

export const RegionField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,3}$/, "Choose a region by its code, e.g. ENG for England.")
  .meta({
    description:
      "A region of the country with its own public holidays (ISO 3166-2 subdivision without the country), e.g. ENG in GB, BY in DE.",
    example: "ENG",
  });
