/**
 * A CSV file as a spreadsheet shows it: rows of cells, each numbered as the spreadsheet numbers
 * it (a quoted cell holding a line break stays one row). RFC 4180 quoting; the separator is what
 * the header line uses most of `,` `;` and tab (Excel in much of Europe writes `;`), or what an
 * Excel `sep=;` first line names. UTF-8 with or without a byte order mark; a file that is not
 * UTF-8 is read as Windows-1252, which Excel on Windows writes as "CSV".
 */
export interface SheetRow {
  /** The row's number in the spreadsheet (1 = the first line). */
  row: number;
  cells: string[];
}

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  // A NUL cannot be stored in PostgreSQL text and means nothing in a cell.
  const clean = text.replaceAll("\u0000", "");
  return clean.startsWith("\uFEFF") ? clean.slice(1) : clean;
}

export function readCsv(bytes: Uint8Array): SheetRow[] {
  let text = decodeText(bytes);
  let firstRow = 1;
  let separator: string | undefined;
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    separator = hint[1];
    text = text.slice(hint[0].length);
    firstRow = 2;
  }
  return splitRows(text, separator ?? guessSeparator(text), firstRow);
}

/** The separator the first line (outside quotes) uses most; a comma when it has none. */
function guessSeparator(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const [sep, n] of counts) if (n > (counts.get(best) ?? 0)) best = sep;
  return best;
}

function splitRows(text: string, separator: string, firstRow: number): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let row = firstRow;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    rows.push({ row, cells });
    cells = [];
    cell = "";
    row += 1;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        cell += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && cell === "") quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
    } else cell += ch;
    i += 1;
  }
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}
