import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CompanyCalendar, CompanyHolidaysQuery, UpdateCompanyCalendarBody } from "../api/company-calendar.js";
import { addScheduleIssues, DueRule, Recurrence, Schedule } from "./schedule.js";

function problems(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
}

describe("a schedule (recurrence and due-date rule)", () => {
  it("accepts every recurrence and rule of the issue, filling the defaults", () => {
    expect(
      Schedule.parse({
        recurrence: { every: "month" },
        due: { rule: "business_days_after", count: 20, from: "period_end" },
      }),
    ).toEqual({
      recurrence: { every: "month" },
      due: { rule: "business_days_after", count: 20, from: "period_end", holidays: true },
    });
    expect(
      Schedule.parse({ recurrence: { every: "year", month: 6 }, due: { rule: "day_of_month", day: 30 } }),
    ).toEqual({
      recurrence: { every: "year", month: 6 },
      due: { rule: "day_of_month", day: 30, onNonWorkingDay: "keep" },
    });
    for (const value of [
      { recurrence: { every: "week" }, due: { rule: "day_of_week", day: 5, onNonWorkingDay: "before" } },
      { recurrence: { every: "quarter" }, due: { rule: "last_business_day" } },
      {
        recurrence: { every: "quarter", month: 2 },
        due: { rule: "day_of_month", day: 7, onNonWorkingDay: "after" },
      },
      { recurrence: { every: "once", date: "2027-01-20" }, due: { rule: "last_business_day" } },
      {
        recurrence: { every: "once" },
        due: { rule: "business_days_after", count: 5, from: "period_start", holidays: false },
      },
    ]) {
      expect(problems(Schedule, value), JSON.stringify(value)).toEqual([]);
    }
  });

  it("refuses bad values naming the field and saying what fits", () => {
    expect(problems(Recurrence, { every: "fortnight" })).toEqual([
      { field: "every", message: "Choose how often: week, month, quarter, year or once." },
    ]);
    expect(problems(Recurrence, { every: "year" })).toEqual([
      { field: "month", message: "Choose the month: 1 (January) … 12 (December)." },
    ]);
    expect(problems(Recurrence, { every: "quarter", month: 4 })).toEqual([
      { field: "month", message: "Choose the month of the quarter: 1, 2 or 3." },
    ]);
    expect(problems(Recurrence, { every: "once", date: "2027-02-30" })).toEqual([
      { field: "date", message: "Enter a real date as YYYY-MM-DD, e.g. 2027-01-20." },
    ]);
    expect(problems(DueRule, { rule: "day_of_month", day: 32 })).toEqual([
      { field: "day", message: "Choose a day of the month: 1 … 31." },
    ]);
    expect(problems(DueRule, { rule: "day_of_month", day: 20, onNonWorkingDay: "stay" })).toEqual([
      {
        field: "onNonWorkingDay",
        message: "Choose before, after or keep for a day that is not a working day.",
      },
    ]);
    expect(problems(DueRule, { rule: "business_days_after", count: 0, from: "period_end" })).toEqual([
      { field: "count", message: "Enter a number of business days: 1 … 250." },
    ]);
    expect(problems(DueRule, { rule: "business_days_after", count: 2.5, from: "month_end" })).toEqual([
      { field: "count", message: "Enter a number of business days: 1 … 250." },
      { field: "from", message: "Count from period_start or period_end." },
    ]);
    expect(problems(DueRule, { rule: "nth_weekday" })).toEqual([
      {
        field: "rule",
        message:
          "Choose a due-date rule: day_of_month, day_of_week, business_days_after or last_business_day.",
      },
    ]);
  });

  it("refuses a rule that does not fit the recurrence", () => {
    expect(
      problems(Schedule, { recurrence: { every: "week" }, due: { rule: "day_of_month", day: 5 } }),
    ).toEqual([
      { field: "due.rule", message: "A weekly task is due on a day of the week: use day_of_week." },
    ]);
    expect(
      problems(Schedule, { recurrence: { every: "month" }, due: { rule: "day_of_week", day: 5 } }),
    ).toEqual([
      {
        field: "due.rule",
        message:
          "A day of the week fits weekly tasks only: use day_of_month for a monthly, quarterly or yearly one.",
      },
    ]);
    expect(
      problems(Schedule, { recurrence: { every: "once" }, due: { rule: "day_of_month", day: 5 } }),
    ).toEqual([
      {
        field: "due.rule",
        message:
          "A one-off task is due a number of business days after its date, or on its last business day.",
      },
    ]);
  });

  it("lets another object holding a recurrence and a rule use the same checks", () => {
    const TaskTemplate = z
      .object({ title: z.string(), recurrence: Recurrence, due: DueRule })
      .superRefine(addScheduleIssues);
    expect(
      problems(TaskTemplate, {
        title: "Payroll",
        recurrence: { every: "week" },
        due: { rule: "day_of_month", day: 1 },
      }),
    ).toEqual([
      { field: "due.rule", message: "A weekly task is due on a day of the week: use day_of_week." },
    ]);
  });

  it("can be served in the OpenAPI document, each rule listed", () => {
    const app = new OpenAPIHono();
    const body = z.object({ schedule: Schedule, calendar: UpdateCompanyCalendarBody });
    const route = createRoute({
      method: "put",
      path: "/example",
      request: { body: { content: { "application/json": { schema: body } } } },
      responses: { 200: { description: "ok", content: { "application/json": { schema: CompanyCalendar } } } },
    });
    app.openapi(route, (c) =>
      c.json(CompanyCalendar.parse({ country: "EE", region: null, timeZone: "UTC", workingDays: [1] })),
    );
    const doc = app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "Kontor", version: "1" } });
    const schemas = doc.components?.schemas as Record<
      string,
      { oneOf?: { properties: { rule: { enum: string[] } } }[] }
    >;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(["Schedule", "Recurrence", "DueRule", "CompanyCalendar"]),
    );
    expect(schemas.DueRule?.oneOf?.map((o) => o.properties.rule.enum[0])).toEqual([
      "day_of_month",
      "day_of_week",
      "business_days_after",
      "last_business_day",
    ]);
  });
});

describe("the company calendar settings", () => {
  it("accepts a country, region, time zone and working days, normalised", () => {
    expect(
      UpdateCompanyCalendarBody.parse({
        country: "gb",
        region: "eng",
        timeZone: "europe/london",
        workingDays: [5, 4, 3, 2, 1],
      }),
    ).toEqual({ country: "GB", region: "ENG", timeZone: "Europe/London", workingDays: [1, 2, 3, 4, 5] });
    expect(
      UpdateCompanyCalendarBody.parse({
        country: "EE",
        timeZone: "Europe/Tallinn",
        workingDays: [1, 2, 3, 4, 5],
      }),
    ).toMatchObject({ region: null });
  });

  it("refuses what is not a calendar, naming each field", () => {
    expect(
      problems(CompanyCalendar, { country: "Estonia", region: null, timeZone: "Tallinn", workingDays: [] }),
    ).toEqual([
      { field: "country", message: "Choose a country by its two-letter code, e.g. EE." },
      { field: "timeZone", message: "Choose a time zone by its name, e.g. Europe/Tallinn." },
      { field: "workingDays", message: "Choose at least one working day." },
    ]);
    expect(
      problems(CompanyCalendar, { country: "EE", region: null, timeZone: "UTC", workingDays: [1, 1, 8] }),
    ).toEqual([
      { field: "workingDays.2", message: "Choose a day of the week: 1 (Monday) … 7 (Sunday)." },
      { field: "workingDays", message: "List each working day once." },
    ]);
    expect(
      problems(CompanyCalendar, { country: "EE", region: null, timeZone: "UTC", workingDays: [1, 1] }),
    ).toEqual([{ field: "workingDays", message: "List each working day once." }]);
    expect(problems(CompanyHolidaysQuery, { year: "20x7" })).toEqual([
      { field: "year", message: "Enter a year, e.g. 2027." },
    ]);
    expect(CompanyHolidaysQuery.parse({ year: "2027" })).toEqual({ year: 2027 });
  });
});
