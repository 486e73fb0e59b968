import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../shared/api/common.js";
import type {
  CompanyCalendar,
  CompanyHolidays,
  HolidayPlaces,
} from "../../../shared/api/company-calendar.js";
import type { Invoice } from "../../../shared/api/invoices.js";
import { setupTestApp } from "../../test/test-app.js";
import { billingFirm } from "../billing/test/billing-firm.js";

const t = setupTestApp();

const england: CompanyCalendar = {
  country: "GB",
  region: "ENG",
  timeZone: "Europe/London",
  workingDays: [1, 2, 3, 4, 5],
};

describe("the company calendar", () => {
  it("starts as Estonia's, Monday to Friday, and the Owner moves it to England", async () => {
    const owner = await t.signUp();
    expect((await owner.get<CompanyCalendar>("/api/company/calendar")).body).toEqual({
      country: "EE",
      region: null,
      timeZone: "Europe/Tallinn",
      workingDays: [1, 2, 3, 4, 5],
    });
    const estonia = await owner.get<CompanyHolidays>("/api/company/holidays?year=2027");
    expect(estonia.body.holidays.map((h) => h.date)).toContain("2027-06-24");

    const saved = await owner.request<CompanyCalendar>("PUT", "/api/company/calendar", {
      ...england,
      region: "eng",
      workingDays: [5, 1, 2, 3, 4],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(england);
    const holidays = await owner.get<CompanyHolidays>("/api/company/holidays?year=2027");
    expect(holidays.body.holidays).toContainEqual({ date: "2027-08-30", name: "Summer bank holiday" });
    expect(holidays.body.holidays.map((h) => h.date)).not.toContain("2027-06-24");
  });

  it("refuses a place without holidays, an unknown time zone or no working days, naming the field; nothing changes", async () => {
    const owner = await t.signUp();
    for (const [change, field] of [
      [{ country: "XX" }, "country"],
      [{ region: "QQQ" }, "region"],
      [{ timeZone: "Mars/Olympus" }, "timeZone"],
      [{ workingDays: [] }, "workingDays"],
      [{ workingDays: [1, 1] }, "workingDays"],
      [{ workingDays: [0, 8] }, "workingDays.0"],
    ] as const) {
      const res = await owner.request<ErrorBody>("PUT", "/api/company/calendar", { ...england, ...change });
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(JSON.stringify(res.body.error.details)).toContain(`"field":"${field}"`);
    }
    expect((await owner.get<CompanyCalendar>("/api/company/calendar")).body.country).toBe("EE");
    const badYear = await owner.get<ErrorBody>("/api/company/holidays?year=twenty");
    expect(badYear.status).toBe(400);
  });

  it("is changed by the Owner or an Admin only, and is each company's own", async () => {
    const owner = await t.signUp();
    const member = await t.join(owner, "member");
    const refused = await member.request<ErrorBody>("PUT", "/api/company/calendar", england);
    expect(refused.status).toBe(403);
    expect((await member.get<CompanyCalendar>("/api/company/calendar")).body.country).toBe("EE");
    const admin = await t.join(owner, "admin");
    expect((await admin.request("PUT", "/api/company/calendar", england)).status).toBe(200);
    const other = await t.signUp({ companyName: "Other Firm" });
    expect((await other.get<CompanyCalendar>("/api/company/calendar")).body.country).toBe("EE");
  });

  it("lists the countries with holidays and a country's regions", async () => {
    const owner = await t.signUp();
    const countries = (await owner.get<HolidayPlaces>("/api/company/calendar/countries")).body.items;
    expect(countries).toContainEqual({ code: "EE", name: "Estonia" });
    const regions = (await owner.get<HolidayPlaces>("/api/company/calendar/countries/gb/regions")).body.items;
    expect(regions).toContainEqual({ code: "ENG", name: "England" });
    expect((await owner.get("/api/company/calendar/countries/XX/regions")).status).toBe(404);
    expect((await owner.get("/api/company/calendar/countries/GBR/regions")).status).toBe(400);
  });

  it("decides what 'today' is for a new invoice: the same instant is 16 January in Tallinn, 15 January in New York", async () => {
    const { owner, client } = await billingFirm(t);
    // Kontor's clock to 15 Jan 2026 23:30 UTC.
    t.clock.advance(Date.parse("2026-01-15T23:30:00Z") - t.clock.now().getTime());
    const line = { description: "Advice", quantity: "1", unitPrice: "10" };
    const tallinn = await owner.post<Invoice>("/api/invoices", { clientId: client.id, lines: [line] });
    expect(tallinn.body.date, JSON.stringify(tallinn.body)).toBe("2026-01-16");
    await owner.request("PUT", "/api/company/calendar", {
      country: "US",
      region: null,
      timeZone: "America/New_York",
      workingDays: [1, 2, 3, 4, 5],
    });
    const newYork = await owner.post<Invoice>("/api/invoices", { clientId: client.id, lines: [line] });
    expect(newYork.body.date).toBe("2026-01-15");
  });
});
