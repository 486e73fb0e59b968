import { describe, expect, it } from "vitest";
import {
  calendarBody,
  describeWorkingDays,
  formValuesOf,
  timeZoneChoices,
  withCountry,
} from "./calendar-form.js";

describe("the company calendar form", () => {
  const saved = {
    country: "GB",
    region: "ENG",
    timeZone: "Europe/London",
    workingDays: [1, 2, 3, 4, 5] as const,
  };

  it("sends what was chosen: the whole country as no region, working days in order", () => {
    const values = {
      ...formValuesOf({ ...saved, workingDays: [...saved.workingDays] }),
      workingDays: ["6", "1", "3"],
    };
    expect(calendarBody({ ...values, region: "" })).toEqual({
      country: "GB",
      region: null,
      timeZone: "Europe/London",
      workingDays: [1, 3, 6],
    });
  });

  it("forgets the region when another country is chosen, keeps it for the same one", () => {
    const values = formValuesOf({ ...saved, workingDays: [...saved.workingDays] });
    expect(withCountry(values, "DE").region).toBe("");
    expect(withCountry(values, "GB").region).toBe("ENG");
  });

  it("says the working days in words", () => {
    expect(describeWorkingDays([1, 2, 3, 4, 5])).toBe("Monday to Friday");
    expect(describeWorkingDays([1, 3, 5])).toBe("Monday, Wednesday and Friday");
    expect(describeWorkingDays([7, 1, 2, 3, 4, 5, 6])).toBe("Every day");
    expect(describeWorkingDays([6])).toBe("Saturday");
  });

  it("offers every time zone the browser knows, and the saved one even when it does not", () => {
    expect(timeZoneChoices("Europe/Tallinn")).toContain("America/New_York");
    expect(timeZoneChoices("Etc/Unknown")[0]).toBe("Etc/Unknown");
  });
});
