import { describe, expect, it } from "vitest";
import type { ImportCandidate } from "../../../../shared/api/imports.js";
import {
  chosenResolutions,
  defaultSelection,
  type FieldChoices,
  filterCandidates,
  selectionOf,
  splitCandidates,
  type Take,
  toggleAll,
} from "./candidate-selection.js";

function candidate(id: string, match: ImportCandidate["match"], supplierOnly = false): ImportCandidate {
  return {
    xeroContactId: id,
    name: `${id} Ltd`,
    match,
    matchedBy: match === "new" ? null : "name",
    email: null,
    registryCode: null,
    vatNumber: null,
    person: null,
    supplierOnly,
    changes: [],
    selected: false,
    outcome: "pending",
  };
}

const candidates = [
  candidate("Apex", "new"),
  candidate("Birch", "existing"),
  candidate("Cedar", "ambiguous"),
  candidate("Dune", "new", true),
  candidate("Elm", "existing", true),
];

describe("choosing which contacts to import", () => {
  it("selects every customer that can be imported, but no supplier and no ambiguous match", () => {
    expect([...defaultSelection(candidates)]).toEqual(["Apex", "Birch"]);
  });

  it("never selects a contact Kontor refused when reading it", () => {
    const refused = { ...candidate("Faulty", "new"), outcome: "failed" as const, reason: "Too long." };
    expect([...defaultSelection([...candidates, refused])]).toEqual(["Apex", "Birch"]);
    expect([...toggleAll(new Set(), [refused], true)]).toEqual([]);
    expect(selectionOf(new Set(), [refused])).toEqual({ count: 0, importable: 0 });
  });

  it("keeps suppliers apart from customers", () => {
    const { customers, suppliers } = splitCandidates(candidates);
    expect(customers.map((c) => c.xeroContactId)).toEqual(["Apex", "Birch", "Cedar"]);
    expect(suppliers.map((c) => c.xeroContactId)).toEqual(["Dune", "Elm"]);
  });

  it("selecting all that are shown skips ambiguous matches and keeps the rest of the selection", () => {
    const next = toggleAll(new Set(["Dune"]), candidates.slice(0, 3), true);
    expect([...next].sort()).toEqual(["Apex", "Birch", "Dune"]);
    expect([...toggleAll(next, candidates.slice(0, 3), false)]).toEqual(["Dune"]);
    expect(selectionOf(next, candidates.slice(0, 3))).toEqual({ count: 2, importable: 2 });
  });

  it("filters by what a contact asks of the reviewer, and by words in the name", () => {
    expect(filterCandidates(candidates, "unchanged", "").map((c) => c.xeroContactId)).toEqual([
      "Birch",
      "Elm",
    ]);
    expect(filterCandidates(candidates, "new", "").map((c) => c.xeroContactId)).toEqual(["Apex", "Dune"]);
    expect(filterCandidates(candidates, "all", "ced LTD").map((c) => c.xeroContactId)).toEqual(["Cedar"]);
  });

  it("sends the field choices of selected contacts along with the ambiguous ones", () => {
    const choices: FieldChoices = new Map([
      ["Birch", new Map<string, Take>([["email", "xero"]])],
      ["Elm", new Map<string, Take>([["phone", "kontor"]])],
    ]);
    expect(chosenResolutions(new Set(["Birch", "Cedar"]), new Map([["Cedar", null]]), choices)).toEqual([
      { xeroContactId: "Cedar", clientId: null },
      { xeroContactId: "Birch", field: "email", take: "xero" },
    ]);
  });

  it("an ambiguous contact can be selected once the user chose which client it is", () => {
    const resolutions = new Map([["Cedar", null]]);
    const shown = candidates.slice(0, 3);
    const next = toggleAll(new Set(), shown, true, resolutions);
    expect([...next].sort()).toEqual(["Apex", "Birch", "Cedar"]);
    expect(selectionOf(next, shown, resolutions)).toEqual({ count: 3, importable: 3 });
    expect(chosenResolutions(next, resolutions)).toEqual([{ xeroContactId: "Cedar", clientId: null }]);
    expect(chosenResolutions(new Set(["Apex"]), resolutions)).toEqual([]);
  });
});
