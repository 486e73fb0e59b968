import { describe, expect, it } from "vitest";
import {
  apiQuery,
  DEFAULT_PARAMS,
  nextSort,
  rangeLabel,
  readParams,
  writeParams,
} from "./invoice-list-params.js";

describe("the invoice list's address", () => {
  it("keeps filters, sort and page, and writes only what differs from the defaults", () => {
    const params = readParams(
      new URLSearchParams(
        "status=overdue&clientId=0b6f2a36-5a0c-4c8e-9d1e-3f7a4b2c1d0e&from=2026-01-01&to=2026-01-31&search=INV&sort=total&page=3&limit=100",
      ),
    );
    expect(params).toEqual({
      search: "INV",
      status: "overdue",
      clientId: "0b6f2a36-5a0c-4c8e-9d1e-3f7a4b2c1d0e",
      from: "2026-01-01",
      to: "2026-01-31",
      sort: "total",
      page: 3,
      limit: 100,
    });
    expect(readParams(writeParams(params))).toEqual(params);
    expect(writeParams(DEFAULT_PARAMS).toString()).toBe("");
    expect(apiQuery(DEFAULT_PARAMS)).toBe("sort=-date&page=1&limit=50");
  });

  it("falls back to the defaults for what it cannot read", () => {
    expect(
      readParams(new URLSearchParams("status=paid&clientId=x&from=January&sort=colour&page=-2&limit=7")),
    ).toEqual(DEFAULT_PARAMS);
  });

  it("sorts a column ascending first, then descending", () => {
    expect(nextSort("-date", "total")).toBe("total");
    expect(nextSort("total", "total")).toBe("-total");
    expect(nextSort("-total", "total")).toBe("total");
  });

  it("says which invoices the page shows", () => {
    expect(rangeLabel(2, 50, 20_000)).toBe("51–100 of 20,000 invoices");
    expect(rangeLabel(1, 50, 1)).toBe("1–1 of 1 invoice");
    expect(rangeLabel(1, 50, 0)).toBe("0 invoices");
  });
});
