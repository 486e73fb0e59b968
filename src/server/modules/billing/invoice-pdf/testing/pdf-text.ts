import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface PdfText {
  /** All the text, whitespace (no-break spaces too) collapsed to single spaces. */
  text: string;
  /** The text's lines as laid out on the page, left to right, whitespace collapsed. */
  lines: string[];
  /** Each page's text, collapsed like `text`. */
  pages: string[];
  pageCount: number;
}

/**
 * A PDF's text and page count as a reader's tools see them: poppler's pdftotext (in its layout
 * mode, so a table row reads as one line) and pdfinfo, from Debian's poppler-utils.
 */
export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kontor-pdf-"));
  try {
    const file = path.join(dir, "invoice.pdf");
    await fs.writeFile(file, pdf);
    const { stdout: raw } = await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]);
    const { stdout: info } = await run("pdfinfo", [file]);
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    // pdftotext ends each page with a form feed.
    const pages = raw.split("\f").slice(0, pageCount).map(collapse);
    const lines = raw
      .split(/[\n\f]/)
      .map(collapse)
      .filter((line) => line !== "");
    return { text: collapse(raw), lines, pages, pageCount };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
}
