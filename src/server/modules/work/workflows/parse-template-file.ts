import {
  type RefusedRow,
  TemplateTaskBody,
  type TemplateTaskInput,
} from "../../../../shared/api/workflows.js";
import { AppError } from "../../../lib/errors.js";
import { readCsv, type SheetRow } from "./read-csv.js";
import { isError, readChecklist, readDue, readEstimate, readRecurrence } from "./read-due-words.js";
import { readXlsx, UnreadableWorkbook } from "./read-xlsx.js";
import {
  readAssignee,
  readTopic,
  type TemplateFileMember,
  type TemplateFileTopic,
} from "./template-file-refs.js";

/**
 * A workflow template uploaded as a spreadsheet (CSV or XLSX): one row per task under a header
 * row naming the columns in the users' words (the README and `public/workflow-template-example.csv`
 * show them). A row Kontor cannot take is refused with its row number and the reason; the others
 * are taken. A file it cannot read at all (too large, not CSV/XLSX, no Title column) is refused
 * whole with a 400.
 */
export const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024;
export const MAX_TEMPLATE_TASKS = 50;

type Column =
  | "title"
  | "description"
  | "topic"
  | "assignee"
  | "estimate"
  | "checklist"
  | "recurrence"
  | "month"
  | "date"
  | "due";

/** Header words (lower case, letters and digits only) → column. Other columns are ignored. */
const HEADERS: Record<string, Column> = {
  title: "title",
  task: "title",
  tasktitle: "title",
  description: "description",
  notes: "description",
  topic: "topic",
  assignee: "assignee",
  responsible: "assignee",
  assignedto: "assignee",
  estimate: "estimate",
  estimatehours: "estimate",
  hours: "estimate",
  checklist: "checklist",
  recurrence: "recurrence",
  repeats: "recurrence",
  frequency: "recurrence",
  every: "recurrence",
  month: "month",
  date: "date",
  due: "due",
  duerule: "due",
  deadline: "due",
};

export interface ParseTemplateFileInput {
  bytes: Uint8Array;
  fileName: string;
  /** The company's topics, matched by name in any case. */
  topics: readonly TemplateFileTopic[];
  /** The company's members, matched by e-mail or name. */
  members: readonly TemplateFileMember[];
}

export interface ParsedTemplateFile {
  tasks: TemplateTaskInput[];
  refused: RefusedRow[];
}

export function parseTemplateFile(input: ParseTemplateFileInput): ParsedTemplateFile {
  const rows = readRows(input.bytes, input.fileName).filter((r) => r.cells.some((c) => c.trim() !== ""));
  const header = rows[0];
  if (!header)
    throw fileError("The file is empty: put a header row (Title, Recurrence, Due …) and one row per task.");
  const columns = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const column = HEADERS[cell.toLowerCase().replace(/[^a-z0-9]/g, "")];
    if (column && !columns.has(column)) columns.set(column, index);
  });
  if (!columns.has("title")) {
    throw fileError(
      `The first row must name the columns, with a "Title" column for each task's title (found: ${header.cells
        .filter((c) => c.trim())
        .map((c) => `"${c.trim()}"`)
        .join(", ")}).`,
    );
  }
  const tasks: TemplateTaskInput[] = [];
  const refused: RefusedRow[] = [];
  for (const { row, cells } of rows.slice(1)) {
    const cell = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? "" : (cells[index] ?? "").trim();
    };
    if (tasks.length >= MAX_TEMPLATE_TASKS) {
      refused.push({
        row,
        reason: `A template holds at most ${MAX_TEMPLATE_TASKS} tasks: this row was not taken.`,
      });
      continue;
    }
    const task = readTask(cell, columns.has("assignee"), input);
    if ("reason" in task) refused.push({ row, reason: task.reason });
    else tasks.push(task.task);
  }
  return { tasks, refused };
}

function readRows(bytes: Uint8Array, fileName: string): SheetRow[] {
  if (bytes.byteLength > MAX_TEMPLATE_FILE_BYTES) {
    throw fileError("The file is larger than 1 MB: a template of up to 50 tasks fits in far less.");
  }
  const name = fileName.toLowerCase();
  const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": an .xlsx is a zip
  if (name.endsWith(".xls") || name.endsWith(".ods") || name.endsWith(".numbers")) {
    throw fileError("Save the sheet as an Excel workbook (.xlsx) or as CSV, and upload that.");
  }
  if (zipped || name.endsWith(".xlsx")) {
    try {
      return readXlsx(bytes);
    } catch (error) {
      if (error instanceof UnreadableWorkbook) throw fileError(error.message);
      throw error;
    }
  }
  return readCsv(bytes);
}

type TaskOrReason = { task: TemplateTaskInput } | { reason: string };

function readTask(
  cell: (column: Column) => string,
  hasAssigneeColumn: boolean,
  refs: Pick<ParseTemplateFileInput, "topics" | "members">,
): TaskOrReason {
  const title = cell("title");
  if (!title) return { reason: "The task has no title." };
  const recurrence = readRecurrence(cell("recurrence"), cell("month"), cell("date"));
  if (isError(recurrence)) return { reason: recurrence.error };
  const due = readDue(cell("due"));
  if (isError(due)) return { reason: due.error };
  const estimate = readEstimate(cell("estimate"));
  if (isError(estimate)) return { reason: estimate.error };
  const topicId = readTopic(cell("topic"), refs.topics);
  if (isError(topicId)) return { reason: topicId.error };
  // Without the column, the schema's default (the client's responsible person); empty: unassigned.
  const assignee = hasAssigneeColumn ? readAssignee(cell("assignee"), refs.members) : "responsible";
  if (isError(assignee)) return { reason: assignee.error };
  const parsed = TemplateTaskBody.safeParse({
    title,
    description: cell("description") || null,
    topicId,
    assignee,
    estimateMinutes: estimate,
    checklist: readChecklist(cell("checklist")),
    recurrence,
    due,
  });
  if (parsed.success) return { task: parsed.data };
  const issue = parsed.error.issues[0];
  const column = COLUMN_OF_FIELD[String(issue?.path[0])] ?? "";
  return { reason: `${column ? `${column}: ` : ""}${issue?.message ?? "The row cannot be read."}` };
}

/** The column a schema field comes from, to name it in the report. */
const COLUMN_OF_FIELD: Record<string, string> = {
  title: "Title",
  description: "Description",
  estimateMinutes: "Estimate",
  checklist: "Checklist",
  recurrence: "Recurrence",
  due: "Due",
};

function fileError(message: string): AppError {
  return new AppError("validation_failed", message, [{ field: "file", message }]);
}
