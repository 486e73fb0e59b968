import { zipSync } from "fflate";
import type { CompanyScope } from "../../../db/company-scope.js";
import { printInvoice } from "./print-invoice.js";

/**
 * Many invoices' PDFs in one ZIP file (a browser saves one file without asking, where forty
 * separate downloads make it ask). The PDFs are stored, not compressed again: they already are.
 * An id that is not the company's refuses the whole file (404).
 */
export async function printInvoicesZip(scope: CompanyScope, ids: string[]): Promise<Uint8Array> {
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  // One at a time: rendering is CPU-bound, and one request must not hold every PDF at once twice.
  for (const id of new Set(ids)) {
    const { pdf, filename } = await printInvoice(scope, id);
    files[uniqueName(files, filename)] = [new Uint8Array(pdf), { level: 0 }];
  }
  return zipSync(files);
}

/** Drafts share a name ("invoice-draft-2026-11-30.pdf"): the second becomes "…-2.pdf". */
function uniqueName(taken: Record<string, unknown>, filename: string): string {
  if (!Object.hasOwn(taken, filename)) return filename;
  const stem = filename.replace(/\.pdf$/, "");
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}.pdf`;
    if (!Object.hasOwn(taken, candidate)) return candidate;
  }
}
