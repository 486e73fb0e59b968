import { z } from "zod";
import {
  CalendarDateField,
  CountryField,
  RegionField,
  TimeZoneField,
  WorkingDaysField,
} from "../calendar/fields.js";

/** The company calendar every date rule uses (company settings). */
export const CompanyCalendar = z
  .object({
    country: CountryField,
    region: RegionField.nullable().meta({
      description: "A region with its own holidays, or null for the whole country.",
    }),
    timeZone: TimeZoneField,
    workingDays: WorkingDaysField,
  })
  .meta({ id: "CompanyCalendar" });
export type CompanyCalendar = z.infer<typeof CompanyCalendar>;

export const UpdateCompanyCalendarBody = CompanyCalendar.extend({
  region: RegionField.nullish().transform((v) => v ?? null),
}).meta({ id: "UpdateCompanyCalendarBody" });
export type UpdateCompanyCalendarBody = z.infer<typeof UpdateCompanyCalendarBody>;

export const PublicHoliday = z
  .object({ date: CalendarDateField, name: z.string() })
  .meta({ id: "PublicHoliday", example: { date: "2027-12-24", name: "Christmas Eve" } });
export type PublicHoliday = z.infer<typeof PublicHoliday>;

export const CompanyHolidaysQuery = z.object({
  year: z.coerce
    .number({ error: "Enter a year, e.g. 2027." })
    .int("Enter a year, e.g. 2027.")
    .min(1900, "Enter a year from 1900 to 2200.")
    .max(2200, "Enter a year from 1900 to 2200."),
});

export const CompanyHolidays = z.object({ year: z.number().int(), holidays: z.array(PublicHoliday) }).meta({
  id: "CompanyHolidays",
  description: "The public holidays (days off) of the company's country and region.",
});
export type CompanyHolidays = z.infer<typeof CompanyHolidays>;

export const HolidayPlaces = z
  .object({ items: z.array(z.object({ code: z.string(), name: z.string() })) })
  .meta({
    id: "HolidayPlaces",
    description: "Countries (or a country's regions) with public holidays, by English name.",
  });
export type HolidayPlaces = z.infer<typeof HolidayPlaces>;

export const CountryParam = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "Choose a country by its two-letter code, e.g. EE.")
    .meta({ param: { name: "country", in: "path" }, example: "GB" }),
});
