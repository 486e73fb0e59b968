import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../lib/errors.js";
import { parseTemplateFile } from "./parse-template-file.js";

const topics = [
  { id: "00000000-0000-4000-8000-000000000001", name: "Bookkeeping" },
  { id: "00000000-0000-4000-8000-000000000002", name: "VAT return" },
  { id: "00000000-0000-4000-8000-000000000003", name: "Annual report" },
  { id: "00000000-0000-4000-8000-000000000004", name: "Payroll" },
];
const ann = { id: "00000000-0000-4000-8000-0000000000a1", name: "Ann Example", email: "ann@example.com" };
const members = [
  ann,
  { id: "00000000-0000-4000-8000-0000000000b2", name: "Bob Builder", email: "bob@example.com" },
];

const csv = (text: string, fileName = "template.csv") =>
  parseTemplateFile({ bytes: new TextEncoder().encode(text), fileName, topics, members });
const fixture = (name: string) =>
  parseTemplateFile({
    bytes: new Uint8Array(readFileSync(new URL(`./testing/${name}`, import.meta.url))),
    fileName: name,
    topics,
    members,
  });
const fileError = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error("expected the file to be refused");
};

describe("a workflow template from a CSV file", () => {
  it("reads the example file the page offers, every row a task", () => {
    const text = readFileSync(
      new URL("../../../../web/public/workflow-template-example.csv", import.meta.url),
      "utf8",
    );
    const { tasks, refused } = csv(text);
    expect(refused).toEqual([]);
    expect(tasks.map((t) => t.title)).toEqual([
      "Bookkeeping",
      "VAT return",
      "Quarterly VAT return",
      "Payroll",
      "Annual report",
      "Weekly bank check",
    ]);
    const [bookkeeping, vat, , payroll, annual, weekly] = tasks;
    expect(bookkeeping).toMatchObject({
      topicId: topics[0]?.id,
      assignee: "responsible",
      estimateMinutes: 240,
      checklist: ["Bank statements matched", "Purchase invoices entered", "Sales invoices entered"],
      recurrence: { every: "month" },
      due: { rule: "business_days_after", count: 10, from: "period_end", holidays: true },
    });
    expect(vat?.due).toEqual({ rule: "day_of_month", day: 20, onNonWorkingDay: "before" });
    expect(vat?.estimateMinutes).toBe(90);
    expect(payroll).toMatchObject({ assignee: null, due: { rule: "last_business_day" } });
    expect(annual?.recurrence).toEqual({ every: "year", month: 6 });
    expect(weekly).toMatchObject({
      topicId: topics[0]?.id,
      due: { rule: "day_of_week", day: 5, onNonWorkingDay: "before" },
    });
  });

  it("reads quotes, commas and line breaks inside cells, a byte order mark and Excel's ';' separator", () => {
    const { tasks, refused } = csv(
      '\uFEFFTitle;Checklist;Recurrence;Due;Estimate\r\n"Payroll; salaries ""and"" bonuses";"Hours in\r\nPayslips sent";monthly;day 10;1,5\r\nVAT;;monthly;last business day;\r\n',
    );
    expect(refused).toEqual([]);
    expect(tasks[0]).toMatchObject({
      title: 'Payroll; salaries "and" bonuses',
      checklist: ["Hours in", "Payslips sent"],
      estimateMinutes: 90,
      due: { rule: "day_of_month", day: 10, onNonWorkingDay: "keep" },
    });
    expect(tasks[1]?.title).toBe("VAT");
    expect(csv("Title,Recurrence,Due\nPay\u0000roll,monthly,day 5\n").tasks[0]?.title).toBe("Payroll");
  });

  it("refuses bad rows with the row number a spreadsheet shows and the reason, and takes the rest", () => {
    const { tasks, refused } = csv(
      [
        "Title,Topic,Assignee,Recurrence,Month,Due,Estimate,Colour",
        'Good,VAT RETURN,bob@example.com,monthly,,"20 business days after end, not skipping holidays",,red',
        'Multi,,,monthly,,"day 20\nmove after",,', // a quoted line break: rows 3–4 are one row (3)
        ",,,monthly,,day 20,,", // row 4: no title
        "Wrong topic,Taxes,,monthly,,day 20,,",
        "Nobody,,Carol,monthly,,day 20,,",
        "No month,,,yearly,,day 20,,",
        "Bad due,,,monthly,,whenever,,",
        "Weekly on a day,,,weekly,,day 20,,",
        "Big,,,monthly,,day 40,,",
        "Slow,,,monthly,,day 1,a while,",
        "",
        "Fine,,Ann Example,quarterly,2,day 15 before,0.25,",
      ].join("\n"),
    );
    expect(tasks.map((t) => t.title)).toEqual(["Good", "Multi", "Fine"]);
    expect(tasks[0]).toMatchObject({ topicId: topics[1]?.id, assignee: members[1]?.id });
    expect(tasks[0]?.due).toEqual({
      rule: "business_days_after",
      count: 20,
      from: "period_end",
      holidays: false,
    });
    expect(tasks[1]?.due).toEqual({ rule: "day_of_month", day: 20, onNonWorkingDay: "after" });
    expect(tasks[2]).toMatchObject({
      assignee: ann.id,
      estimateMinutes: 15,
      recurrence: { every: "quarter", month: 2 },
    });
    expect(refused.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    const reason = (row: number) => refused.find((r) => r.row === row)?.reason;
    expect(reason(4)).toBe("The task has no title.");
    expect(reason(5)).toContain('There is no topic "Taxes": use one of Bookkeeping, VAT return');
    expect(reason(6)).toContain('"Carol" is not a member of your company');
    expect(reason(7)).toBe("A yearly task needs its Month, e.g. March or 3.");
    expect(reason(8)).toContain('Kontor cannot read the due rule "whenever"');
    expect(reason(9)).toBe("Due: A weekly task is due on a day of the week: use day_of_week.");
    expect(reason(10)).toBe("Due: Choose a day of the month: 1 … 31.");
    expect(reason(11)).toBe('Write the estimate in hours, e.g. 1.5, not "a while".');
  });

  it("takes at most 50 tasks and refuses the rest", () => {
    const lines = [
      "Title,Recurrence,Due",
      ...Array.from({ length: 53 }, (_, i) => `Task ${i + 1},monthly,day 5`),
    ];
    const { tasks, refused } = csv(lines.join("\n"));
    expect(tasks).toHaveLength(50);
    expect(refused.map((r) => r.row)).toEqual([52, 53, 54]);
    expect(refused[0]?.reason).toBe("A template holds at most 50 tasks: this row was not taken.");
  });

  it("refuses the whole file without a Title column, empty, over 1 MB or an old .xls", () => {
    expect(fileError(() => csv("Name of task,Due\nx,day 5"))).toContain('a "Title" column');
    expect(fileError(() => csv("\n\n"))).toContain("The file is empty");
    expect(fileError(() => csv(`Title\n${"x".repeat(1024 * 1024)}`))).toContain("larger than 1 MB");
    expect(fileError(() => csv("whatever", "tasks.xls"))).toContain(".xlsx");
  });

  it("reads a file Excel on Windows saved as ANSI (Windows-1252)", () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode("Title,Recurrence,Due\nK"),
      0xe4,
      ...new TextEncoder().encode("ibemaks,monthly,day 20\n"),
    ]);
    const { tasks } = parseTemplateFile({ bytes, fileName: "t.csv", topics, members });
    expect(tasks[0]?.title).toBe("Käibemaks");
  });
});

describe("a workflow template from an Excel workbook", () => {
  it("reads a workbook with inline strings and numbers (openpyxl), refusing its bad row", () => {
    const { tasks, refused } = fixture("template-openpyxl.xlsx");
    expect(tasks.map((t) => t.title)).toEqual(["VAT return", "Annual report", "Year-end review"]);
    expect(tasks[0]).toMatchObject({
      topicId: topics[1]?.id,
      assignee: ann.id,
      estimateMinutes: 90,
      checklist: ["Report checked", "Return filed"],
      due: { rule: "business_days_after", count: 20, from: "period_end", holidays: true },
    });
    expect(tasks[1]).toMatchObject({ recurrence: { every: "year", month: 6 }, estimateMinutes: 480 });
    expect(tasks[2]).toMatchObject({
      recurrence: { every: "quarter", month: 3 },
      due: { rule: "day_of_month", day: 5, onNonWorkingDay: "after" },
    });
    // Row 4 is empty and skipped; row 5 has an estimate Kontor cannot read.
    expect(refused).toEqual([{ row: 5, reason: 'Write the estimate in hours, e.g. 1.5, not "lots".' }]);
  });

  it("reads a workbook with shared strings (as Excel writes them)", () => {
    const { tasks, refused } = fixture("template-xlsxwriter.xlsx");
    expect(tasks[0]).toMatchObject({
      title: "Weekly check",
      assignee: ann.id,
      estimateMinutes: 30,
      checklist: ["One", "Two"],
      recurrence: { every: "week" },
      due: { rule: "day_of_week", day: 5, onNonWorkingDay: "before" },
    });
    expect(refused).toEqual([
      { row: 3, reason: expect.stringContaining('"nobody@example.com" is not a member') },
    ]);
  });

  it("refuses a file that looks like a workbook but is not one", () => {
    expect(
      fileError(() =>
        parseTemplateFile({
          bytes: Uint8Array.from([0x50, 0x4b, 1, 2, 3]),
          fileName: "x.xlsx",
          topics,
          members,
        }),
      ),
    ).toContain("not an Excel workbook");
  });
});
