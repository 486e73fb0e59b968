import { describe, expect, it } from "vitest";
import { describeChange } from "./change-words.js";

describe("an import's changes in words", () => {
  it("shows what a field changes from and to", () => {
    expect(describeChange({ field: "email", from: "a@x.ee", to: "b@x.ee", conflict: false })).toEqual({
      field: "E-mail",
      text: "“a@x.ee” → “b@x.ee”",
    });
    expect(describeChange({ field: "address.city", from: null, to: "Tallinn", conflict: false }).text).toBe(
      "“Tallinn” added",
    );
    expect(describeChange({ field: "phone", from: "+372 555", to: null, conflict: false }).text).toBe(
      "“+372 555” removed",
    );
  });

  it("says Kontor's edit is kept when the field was edited since the last import", () => {
    expect(describeChange({ field: "vatNumber", from: "EE1", to: "EE2", conflict: true })).toEqual({
      field: "VAT number",
      text: "Kontor has “EE1” (edited since the last import) — Xero has “EE2”",
    });
  });
});
