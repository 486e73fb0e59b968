import { describe, expect, it } from "vitest";
import type { ImportCandidate } from "../../../../shared/api/imports.js";
import { previewCounts } from "./PreviewCounts.js";

const c = (match: ImportCandidate["match"], outcome: ImportCandidate["outcome"] = "pending") =>
  ({ match, outcome }) as ImportCandidate;

describe("the preview's counts", () => {
  it("add up: customers by match, suppliers apart", () => {
    const customers = [c("new"), c("new"), c("new"), ...Array.from({ length: 53 }, () => c("existing"))];
    expect(previewCounts(customers, [c("new"), c("new"), c("existing")])).toBe(
      "56 customers (3 new, 53 existing) · 3 suppliers, not selected",
    );
  });

  it("names ambiguous and refused contacts, and leaves out what is not there", () => {
    expect(previewCounts([c("ambiguous"), c("new", "failed")], [])).toBe(
      "2 customers (1 ambiguous, 1 cannot be imported)",
    );
    expect(previewCounts([c("existing")], [c("new")])).toBe(
      "1 customer (1 existing) · 1 supplier, not selected",
    );
  });
});
