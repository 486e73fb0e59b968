import { describe, expect, it } from "vitest";
import { diffClient, type FieldValues, IMPORTED_FIELDS } from "./client-diff.js";

const blank = Object.fromEntries(IMPORTED_FIELDS.map((f) => [f, null])) as FieldValues;
const values = (v: Partial<FieldValues>): FieldValues => ({ ...blank, ...v });

describe("what an import would change", () => {
  it("lists the fields that differ, from Kontor's value to the accounting system's", () => {
    const changes = diffClient(
      values({ name: "Acme", email: "a@x.ee" }),
      values({ name: "Acme Ltd", email: "a@x.ee" }),
      null,
    );
    expect(changes).toEqual([{ field: "name", from: "Acme", to: "Acme Ltd", conflict: false }]);
  });

  it("does not blank a value Kontor has unless it came from the last import", () => {
    expect(diffClient(values({ name: "A", phone: "+372 1" }), values({ name: "A" }), null)).toEqual([]);
    expect(
      diffClient(values({ name: "A", phone: "+372 1" }), values({ name: "A" }), { phone: "+372 1" }),
    ).toEqual([{ field: "phone", from: "+372 1", to: null, conflict: false }]);
  });

  it("marks a field edited in Kontor since the last import as a conflict", () => {
    const changes = diffClient(
      values({ name: "A", email: "edited@kontor.ee" }),
      values({ name: "A", email: "new@xero.com" }),
      values({ name: "A", email: "old@xero.com" }),
    );
    expect(changes).toEqual([
      { field: "email", from: "edited@kontor.ee", to: "new@xero.com", conflict: true },
    ]);
  });
});
