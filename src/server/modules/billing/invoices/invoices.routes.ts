import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { IdParam } from "../../../../shared/api/common.js";
import {
  CreateInvoiceBody,
  CreditNoteBody,
  Invoice,
  InvoiceFilterQuery,
  InvoiceList,
  InvoiceListQuery,
  InvoicePdfsBody,
  MatchingInvoices,
  UpdateInvoiceBody,
} from "../../../../shared/api/invoices.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../../lib/http/responses.js";

const tags = ["Invoices"];
const security = signedIn;
/** Every invoice route needs the Billing app: 402 off-plan, 409 not enabled. */
const common = { 400: errors[400], 401: errors[401], 402: errors[402], 409: errors[409] };

export const listInvoices = createRoute({
  method: "get",
  path: "/invoices",
  tags,
  security,
  summary:
    "All invoices: filter by status (`overdue`: issued, due before today in the company's time zone), client, dates; search number and client name; sort; page",
  request: { query: InvoiceListQuery },
  responses: { 200: jsonContent(InvoiceList, "A page of invoices and how many match."), ...common },
});

export const exportInvoices = createRoute({
  method: "get",
  path: "/invoices.csv",
  tags,
  security,
  summary: "Every invoice the filter shows (all pages), as CSV; the same query as GET /invoices",
  request: { query: InvoiceFilterQuery },
  responses: {
    200: { content: { "text/csv": { schema: z.string() } }, description: "UTF-8 CSV with a header row." },
    ...common,
  },
});

export const listMatchingInvoices = createRoute({
  method: "get",
  path: "/invoices/matching",
  tags,
  security,
  summary:
    "Every invoice the filter finds (all pages, at most 5000) as list rows, for a bulk action on all of them; the same query as GET /invoices without page and limit",
  request: { query: InvoiceFilterQuery },
  responses: { 200: jsonContent(MatchingInvoices, "The invoices, in the list's order."), ...common },
});

export const createInvoice = createRoute({
  method: "post",
  path: "/invoices",
  tags,
  security,
  summary:
    "New invoice, In progress. Defaults: today in the company's time zone, due date from payment terms, the client's currency (else the base currency); a line's product fills what the line omits",
  request: { body: jsonBody(CreateInvoiceBody) },
  responses: { 201: jsonContent(Invoice, "The invoice."), 404: errors[404], ...common },
});

export const getInvoice = createRoute({
  method: "get",
  path: "/invoices/{id}",
  tags,
  security,
  summary: "An invoice or credit note with its lines, VAT by rate and credit-note links",
  request: { params: IdParam },
  responses: { 200: jsonContent(Invoice, "The invoice."), 404: errors[404], ...common },
});

export const invoicePdf = createRoute({
  method: "get",
  path: "/invoices/{id}/pdf",
  tags,
  security,
  summary:
    "An invoice or credit note as an A4 PDF, shown in the browser (`download=1`: saved as a file); one in progress is marked as a draft",
  request: {
    params: IdParam,
    query: z.object({
      download: z.enum(["0", "1"]).optional().meta({ description: "`1`: as an attachment, to save." }),
    }),
  },
  responses: {
    200: {
      content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } },
      description: "The PDF, named after the invoice's number.",
    },
    404: errors[404],
    ...common,
  },
});

export const invoicePdfs = createRoute({
  method: "post",
  path: "/invoices/pdfs",
  tags,
  security,
  summary: "Many invoices' PDFs as one ZIP file (at most 200), each named as GET /invoices/{id}/pdf names it",
  request: { body: jsonBody(InvoicePdfsBody) },
  responses: {
    200: {
      content: { "application/zip": { schema: z.string().meta({ format: "binary" }) } },
      description: "The ZIP file, saved as invoices.zip.",
    },
    404: errors[404],
    ...common,
  },
});

export const updateInvoice = createRoute({
  method: "patch",
  path: "/invoices/{id}",
  tags,
  security,
  summary: "Edit an In progress invoice (409 once issued); `lines` replaces all lines",
  request: { params: IdParam, body: jsonBody(UpdateInvoiceBody) },
  responses: { 200: jsonContent(Invoice, "The invoice after the change."), 404: errors[404], ...common },
});

export const deleteInvoice = createRoute({
  method: "delete",
  path: "/invoices/{id}",
  tags,
  security,
  summary: "Delete an In progress invoice (Owner or Admin; 409 once issued)",
  request: { params: IdParam },
  responses: { 204: NoContent, 403: errors[403], 404: errors[404], ...common },
});

export const issueInvoice = createRoute({
  method: "post",
  path: "/invoices/{id}/issue",
  tags,
  security,
  summary:
    "Issue an invoice (Owner or Admin): it takes the next number and becomes Created; an empty or issued one is refused (409)",
  request: { params: IdParam },
  responses: {
    200: jsonContent(Invoice, "The issued invoice."),
    403: errors[403],
    404: errors[404],
    ...common,
  },
});

export const creditInvoice = createRoute({
  method: "post",
  path: "/invoices/{id}/credit-note",
  tags,
  security,
  summary:
    "Credit an issued invoice (Owner or Admin): all or the chosen lines, negative quantities; the credit note is created issued, numbered, linked to the invoice",
  request: {
    params: IdParam,
    body: { content: { "application/json": { schema: CreditNoteBody } }, required: false },
  },
  responses: { 201: jsonContent(Invoice, "The credit note."), 403: errors[403], 404: errors[404], ...common },
});
