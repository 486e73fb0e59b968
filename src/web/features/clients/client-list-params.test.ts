import { describe, expect, it } from "vitest";
import {
  apiQuery,
  DEFAULT_PARAMS,
  nextSort,
  rangeLabel,
  readParams,
  writeParams,
} from "./client-list-params.js";

describe("the client list's address", () => {
  it("reads defaults from an empty address and writes nothing back", () => {
    const params = readParams(new URLSearchParams());
    expect(params).toEqual(DEFAULT_PARAMS);
    expect(writeParams(params).toString()).toBe("");
  });

  it("keeps search, filters, sort and paging, and ignores what it does not know", () => {
    const search = new URLSearchParams(
      "q=acme&status=archived&xero=linked&sort=-updatedAt&page=3&pageSize=100&importId=nope",
    );
    const params = readParams(search);
    expect(params).toMatchObject({ q: "acme", status: "archived", xero: "linked", sort: "-updatedAt" });
    expect(params.page).toBe(3);
    expect(params.importId).toBeNull();
    expect(readParams(new URLSearchParams("responsible=none")).responsible).toBe("none");
    expect(readParams(new URLSearchParams("status=gone&sort=evil&page=-2&pageSize=7&responsible=x"))).toEqual(
      DEFAULT_PARAMS,
    );
    expect(writeParams(params).toString()).toBe(
      "q=acme&status=archived&xero=linked&sort=-updatedAt&page=3&pageSize=100",
    );
  });

  it("asks the API with every parameter it needs", () => {
    const importId = "0b4c5a8e-2f3d-4e1a-9c7b-6d5e4f3a2b1c";
    const query = apiQuery({ ...DEFAULT_PARAMS, q: " acme ", importId, xero: "unlinked", responsible: "me" });
    expect(query).toBe(
      `status=active&sort=name&q=acme&xero=unlinked&importId=${importId}&responsible=me&page=1&pageSize=50`,
    );
  });
});

describe("sorting by a column", () => {
  it("sorts ascending first, then flips", () => {
    expect(nextSort("name", "registryCode")).toBe("registryCode");
    expect(nextSort("registryCode", "registryCode")).toBe("-registryCode");
    expect(nextSort("-registryCode", "registryCode")).toBe("registryCode");
  });
});

describe("the range shown under the list", () => {
  it("says which clients are on the page", () => {
    expect(rangeLabel(1, 50, 10_000)).toBe("1–50 of 10,000 clients");
    expect(rangeLabel(3, 50, 120)).toBe("101–120 of 120 clients");
    expect(rangeLabel(1, 50, 1)).toBe("1–1 of 1 client");
    expect(rangeLabel(1, 50, 0)).toBe("0 clients");
  });
});
