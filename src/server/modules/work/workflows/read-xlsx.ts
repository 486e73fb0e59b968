import { unzipSync } from "fflate";
import type { SheetRow } from "./read-csv.js";

/**
 * The first sheet of an .xlsx workbook as rows of text, numbered as Excel shows them. Reads the
 * sheet's XML with fflate (already Kontor's zip library) rather than a spreadsheet package: a
 * template file needs only cell text and numbers, no styles or formulas (a formula's cached
 * value is read). Numbers come as Excel stores them ("1.5"; a date as its day serial).
 */
export class UnreadableWorkbook extends Error {}

/** Unpacked, a workbook this small never needs more; a larger one is a zip bomb or not ours. */
const MAX_UNPACKED_BYTES = 30 * 1024 * 1024;

export function readXlsx(bytes: Uint8Array): SheetRow[] {
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (
          !/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(
            file.name,
          )
        )
          return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES)
          throw new UnreadableWorkbook("The workbook is too large once unpacked.");
        return true;
      },
    });
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw error;
    throw new UnreadableWorkbook("The file is not an Excel workbook (.xlsx) Kontor can open.");
  }
  const text = (name: string) => {
    const file = files[name];
    return file ? new TextDecoder().decode(file) : undefined;
  };
  const sheet = text(firstSheetPath(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels")));
  if (sheet === undefined) throw new UnreadableWorkbook("The workbook has no sheet Kontor can read.");
  return readSheet(sheet, sharedStrings(text("xl/sharedStrings.xml")));
}

function firstSheetPath(workbook: string | undefined, rels: string | undefined): string {
  const fallback = "xl/worksheets/sheet1.xml";
  const relId = workbook && /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  if (!relId || !rels) return fallback;
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    if (attribute(rel, "Id") !== relId) continue;
    const target = attribute(rel, "Target");
    if (!target) return fallback;
    return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
  }
  return fallback;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return (xml.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []).map((si) =>
    runsText(si.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "")),
  );
}

/** The text of every `<t>` inside (a rich-text string is split into runs). */
function runsText(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += unescapeXml(m[1] ?? "");
  return out;
}

function readSheet(xml: string, strings: string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  let nextRow = 1;
  for (const m of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(attribute(m[1] ?? "", "r")) || nextRow;
    nextRow = number + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const c of (m[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? "";
      const ref = attribute(attrs, "r");
      const column = ref ? columnIndex(ref) : nextColumn;
      nextColumn = column + 1;
      cells[column] = cellText(attribute(attrs, "t"), c[2] ?? "", strings);
    }
    rows.push({ row: number, cells: Array.from(cells, (v) => v ?? "") });
  }
  return rows;
}

function cellText(type: string | undefined, inner: string, strings: string[]): string {
  if (type === "inlineStr") return runsText(inner);
  const value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (value === undefined) return "";
  if (type === "s") return strings[Number(value)] ?? "";
  if (type === "b") return value === "1" ? "TRUE" : "FALSE";
  return unescapeXml(value);
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? "A") n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m?.[1] === undefined ? undefined : unescapeXml(m[1]);
}

function unescapeXml(s: string): string {
  return s
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
      const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
      if (named[e.toLowerCase()]) return named[e.toLowerCase()] as string;
      const code = e[1]?.toLowerCase() === "x" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      // A NUL (or a number no character has) cannot be stored: it is dropped.
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    })
    .replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
