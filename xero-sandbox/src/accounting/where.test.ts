import { describe, expect, it } from "vitest";
import { compileOrder, compileWhere } from "./where.js";
import { QueryParseError } from "./where-parser.js";

const FIELDS = ["Type", "Status", "Date", "Total", "Contact", "Name", "EmailAddress", "IsCustomer"];
const records = [
  {
    Type: "ACCREC",
    Status: "PAID",
    Date: "/Date(1735689600000+0000)/",
    Total: 120,
    Contact: { ContactID: "A1", Name: "Alpha" },
    Name: "b",
    IsCustomer: true,
  },
  {
    Type: "ACCPAY",
    Status: "AUTHORISED",
    Date: "/Date(1738368000000+0000)/",
    Total: 80.5,
    Contact: { ContactID: "b2", Name: "Beta" },
    Name: "A",
  },
  {
    Type: "ACCREC",
    Status: "DRAFT",
    Date: "/Date(1740787200000+0000)/",
    Total: 10,
    Contact: { ContactID: "c3", Name: "Gamma" },
    Name: "c",
    EmailAddress: "x@y.z",
  },
];

const where = (expression: string) =>
  records.filter(compileWhere(expression, "Invoice", FIELDS)).map((r) => r.Contact.Name);

describe("where", () => {
  it("filters by type, status and date ranges the way Kontor asks for monthly counts", () => {
    expect(where('Type=="ACCREC" AND Date >= DateTime(2025,01,01) AND Date < DateTime(2025,02,01)')).toEqual([
      "Alpha",
    ]);
    expect(where('Type == "ACCREC" && (Status == "PAID" || Status == "DRAFT")')).toEqual(["Alpha", "Gamma"]);
    expect(where('Status != "PAID"')).toEqual(["Beta", "Gamma"]);
    expect(where("Date >= DateTime(2025, 2, 1, 0, 0, 0)")).toEqual(["Beta", "Gamma"]);
  });

  it("compares text without regard to case and supports nested members, methods, null and numbers", () => {
    expect(where('type=="accrec"')).toEqual(["Alpha", "Gamma"]);
    expect(where('Contact.ContactID == Guid("a1")')).toEqual(["Alpha"]);
    expect(where('Contact.Name.StartsWith("g")')).toEqual(["Gamma"]);
    expect(where("EmailAddress != null")).toEqual(["Gamma"]);
    expect(where("EmailAddress == null")).toEqual(["Alpha", "Beta"]);
    expect(where("Total > 80.5")).toEqual(["Alpha"]);
    expect(where("IsCustomer == true")).toEqual(["Alpha"]);
    expect(where('NOT (Type == "ACCPAY")')).toEqual(["Alpha", "Gamma"]);
    expect(where("Date.Year == 2025 AND Date.Month == 3")).toEqual(["Gamma"]);
  });

  it("refuses unknown fields and syntax errors with a QueryParseError", () => {
    expect(() => compileWhere('Colour == "red"', "Invoice", FIELDS)).toThrow(
      new QueryParseError("No property or field 'Colour' exists in type 'Invoice'"),
    );
    expect(() => compileWhere('Type == "ACCREC', "Invoice", FIELDS)).toThrow(QueryParseError);
    expect(() => compileWhere("Type ==", "Invoice", FIELDS)).toThrow(QueryParseError);
  });
});

describe("order", () => {
  it("sorts by one or more fields, ascending by default, text without regard to case", () => {
    const sorted = (expression: string) =>
      [...records].sort(compileOrder(expression, "Invoice", FIELDS)).map((r) => r.Name);
    expect(sorted("Name")).toEqual(["A", "b", "c"]);
    expect(sorted("Date DESC")).toEqual(["c", "A", "b"]);
    expect(sorted("Type ASC, Total DESC")).toEqual(["A", "b", "c"]);
    expect(() => compileOrder("Colour", "Invoice", FIELDS)).toThrow(QueryParseError);
  });
});
