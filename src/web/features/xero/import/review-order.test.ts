import { describe, expect, it } from "vitest";
import type { ImportCandidate } from "../../../../shared/api/imports.js";
import { countByFilter, reviewOrder } from "./review-order.js";

const change = (conflict: boolean) => ({ field: "email", from: "a", to: "b", conflict });
const c = (name: string, match: ImportCandidate["match"], changes: ImportCandidate["changes"] = []) =>
  ({ xeroContactId: name, name, match, changes, outcome: "pending" }) as ImportCandidate;

describe("the order a re-import is reviewed in", () => {
  const candidates = [
    c("Same", "existing"),
    c("Fresh", "new"),
    c("Edited", "existing", [change(false)]),
    c("Clash", "existing", [change(false), change(true)]),
  ];

  it("puts conflicts, then changes, first; unchanged ones last", () => {
    expect(reviewOrder(candidates).map((x) => x.name)).toEqual(["Clash", "Edited", "Fresh", "Same"]);
  });

  it("counts each filter", () => {
    expect(countByFilter(candidates)).toEqual({
      all: 4,
      conflicts: 1,
      changed: 1,
      new: 1,
      unchanged: 1,
      ambiguous: 0,
    });
  });
});
