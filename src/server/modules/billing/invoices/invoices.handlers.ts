import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../app-env.js";
import { assertCanManage } from "../../auth/authenticate.js";
import { createCreditNote } from "./create-credit-note.js";
import { createInvoice as create } from "./create-invoice.js";
import { deleteInvoice as destroy } from "./delete-invoice.js";
import { exportInvoicesCsv } from "./export-invoices-csv.js";
import { getInvoice as get } from "./get-invoice.js";
import type * as routes from "./invoices.routes.js";
import { issueInvoice as issue } from "./issue-invoice.js";
import { listInvoices as list } from "./list-invoices.js";
import { listMatchingInvoices as matching } from "./list-matching-invoices.js";
import { printInvoice } from "./print-invoice.js";
import { printInvoicesZip } from "./print-invoices-zip.js";
import { updateInvoice as edit } from "./update-invoice.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;
const now = (c: { get(key: "deps"): { clock: { now(): Date } } }) => c.get("deps").clock.now();

export const listInvoices: Handler<"listInvoices"> = async (c) =>
  c.json(
    await list(c.get("scope"), {
      filter: c.req.valid("query"),
      totals: c.get("deps").clientTotals,
      now: now(c),
    }),
    200,
  );

export const listMatchingInvoices: Handler<"listMatchingInvoices"> = async (c) =>
  c.json(await matching(c.get("scope"), { filter: c.req.valid("query"), now: now(c) }), 200);

export const exportInvoices: Handler<"exportInvoices"> = async (c) => {
  const csv = await exportInvoicesCsv(c.get("scope"), c.req.valid("query"), now(c));
  const encoder = new TextEncoder();
  const iterator = csv.chunks[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return c.body(body, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${csv.filename}"`,
  });
};

export const createInvoice: Handler<"createInvoice"> = async (c) =>
  c.json(
    await create(c.get("scope"), { invoice: c.req.valid("json"), userId: c.get("auth").userId, now: now(c) }),
    201,
  );

export const getInvoice: Handler<"getInvoice"> = async (c) =>
  c.json(await get(c.get("scope"), c.req.valid("param").id), 200);

export const invoicePdf: Handler<"invoicePdf"> = async (c) => {
  const { pdf, filename } = await printInvoice(c.get("scope"), c.req.valid("param").id);
  const disposition = c.req.valid("query").download === "1" ? "attachment" : "inline";
  return c.body(new Uint8Array(pdf), 200, {
    "Content-Type": "application/pdf",
    "Content-Disposition": `${disposition}; filename="${filename}"`,
  });
};

export const invoicePdfs: Handler<"invoicePdfs"> = async (c) => {
  const zip = await printInvoicesZip(c.get("scope"), c.req.valid("json").ids);
  return c.body(new Uint8Array(zip), 200, {
    "Content-Type": "application/zip",
    "Content-Disposition": 'attachment; filename="invoices.zip"',
  });
};

export const updateInvoice: Handler<"updateInvoice"> = async (c) =>
  c.json(
    await edit(c.get("scope"), { id: c.req.valid("param").id, changes: c.req.valid("json"), now: now(c) }),
    200,
  );

export const deleteInvoice: Handler<"deleteInvoice"> = async (c) => {
  assertCanManage(c.get("auth"));
  await destroy(c.get("scope"), c.req.valid("param").id);
  return c.body(null, 204);
};

export const issueInvoice: Handler<"issueInvoice"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  return c.json(
    await issue(c.get("scope"), { id: c.req.valid("param").id, userId: auth.userId, now: now(c) }),
    200,
  );
};

export const creditInvoice: Handler<"creditInvoice"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  const body = c.req.valid("json") ?? {};
  const credit = await createCreditNote(c.get("scope"), {
    invoiceId: c.req.valid("param").id,
    ...(body.lineIds ? { lineIds: body.lineIds } : {}),
    userId: auth.userId,
    now: now(c),
  });
  return c.json(credit, 201);
};
