// Invoice PDF rendering: time per PDF (p50/p95) and memory over 100 PDFs in a row.
// Alone: `npx tsx --expose-gc bench/billing-pdf.ts` (without --expose-gc the memory figures
// are taken without forcing a collection first, and say so). bench/billing.ts calls measurePdf().
import os from "node:os";
import { pathToFileURL } from "node:url";
import type { PrintableInvoice } from "../src/server/modules/billing/invoice-pdf/printable-invoice.js";
import { renderInvoicePdf } from "../src/server/modules/billing/invoice-pdf/render-invoice-pdf.js";
import {
  manyLines,
  SAMPLE_BUYER,
  SAMPLE_LINES,
  sampleInvoice,
} from "../src/server/modules/billing/invoice-pdf/testing/sample-invoices.js";

export interface PdfTimes {
  renders: number;
  p50: number;
  p95: number;
  max: number;
  /** Size of the last PDF. */
  kb: number;
}

export interface PdfMemory {
  renders: number;
  gcForced: boolean;
  heapBeforeMb: number;
  heapAfterMb: number;
  rssBeforeMb: number;
  rssAfterMb: number;
}

export interface PdfBenchResult {
  machine: string;
  /** The 5-line sample invoice, the same one each time (target: p95 < 200 ms). */
  sameInvoice: PdfTimes;
  /** A different invoice each time: number, client, descriptions and amounts all new. */
  differentInvoices: PdfTimes;
  /** 120 lines on several pages. */
  invoiceOf120Lines: PdfTimes;
  /** 100 of the same invoice in a row, after a warm-up (target: no growth). */
  memorySameInvoice: PdfMemory;
  /** 100 different invoices in a row, after 300 others filled the fonts' layout caches. */
  memoryDifferentInvoices: PdfMemory;
}

export async function measurePdf(): Promise<PdfBenchResult> {
  const same = sampleInvoice();
  // Warm-up: the first PDF loads and parses the fonts.
  for (let i = 0; i < 10; i++) await renderInvoicePdf(same);

  const sameInvoice = await time(200, () => same);
  const differentInvoices = await time(200, (i) => differentInvoice(1000 + i));
  const long = sampleInvoice({ sampleLines: manyLines(120) });
  const invoiceOf120Lines = await time(30, () => long);

  const memorySameInvoice = await memory(100, () => same);
  // New words fill the fonts' layout caches up to their bound; measured once they are full.
  for (let i = 0; i < 300; i++) await renderInvoicePdf(differentInvoice(10_000 + i));
  const memoryDifferentInvoices = await memory(100, (i) => differentInvoice(20_000 + i));

  return {
    machine: `${os.cpus().length} cores (load ${os.loadavg()[0]!.toFixed(1)}), node ${process.version}`,
    sameInvoice,
    differentInvoices,
    invoiceOf120Lines,
    memorySameInvoice,
    memoryDifferentInvoices,
  };
}

async function time(renders: number, invoice: (i: number) => PrintableInvoice): Promise<PdfTimes> {
  const ms: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let i = 0; i < renders; i++) {
    const input = invoice(i);
    const started = performance.now();
    pdf = await renderInvoicePdf(input);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return {
    renders,
    p50: round(percentile(ms, 0.5)),
    p95: round(percentile(ms, 0.95)),
    max: round(percentile(ms, 1)),
    kb: Math.round(pdf.length / 1024),
  };
}

async function memory(renders: number, invoice: (i: number) => PrintableInvoice): Promise<PdfMemory> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const settle = () => {
    gc?.();
    gc?.();
    return process.memoryUsage();
  };
  const before = settle();
  for (let i = 0; i < renders; i++) await renderInvoicePdf(invoice(i));
  const after = settle();
  const mb = (bytes: number) => round(bytes / 1024 / 1024);
  return {
    renders,
    gcForced: gc !== undefined,
    heapBeforeMb: mb(before.heapUsed),
    heapAfterMb: mb(after.heapUsed),
    rssBeforeMb: mb(before.rss),
    rssAfterMb: mb(after.rss),
  };
}

/** A new invoice: its number, client, words and amounts differ from every other one's. */
function differentInvoice(n: number): PrintableInvoice {
  const lines = SAMPLE_LINES.map((line, i) => ({
    ...line,
    description: `${line.description} ref${n}x${i} batch ${n * 7 + i}`,
    unitPrice: `${n % 997}.${String((n * 31 + i) % 100).padStart(2, "0")}`,
  }));
  return sampleInvoice({
    number: `INV-${n}`,
    reference: `PO ${n}/${n % 13}`,
    buyer: { ...SAMPLE_BUYER, name: `Client ${n} Müller & Søn`, registryCode: `HRB ${n * 3}` },
    sampleLines: lines,
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await measurePdf(), null, 2));
}
