import { createRouter } from "../../../app-router.js";
import { requireApp } from "../../apps/require-app.js";
import { requireAuth } from "../../auth/authenticate.js";
import * as handlers from "./invoices.handlers.js";
import * as routes from "./invoices.routes.js";

export function invoicesRouter() {
  const router = createRouter();
  const billing = requireApp("billing");
  // "/invoices/*" matches "/invoices" too.
  for (const path of ["/invoices/*", "/invoices.csv"]) router.use(path, requireAuth, billing);
  return (
    router
      .openapi(routes.exportInvoices, handlers.exportInvoices)
      .openapi(routes.listInvoices, handlers.listInvoices)
      // Before "/invoices/{id}", which would take "matching" for an id.
      .openapi(routes.listMatchingInvoices, handlers.listMatchingInvoices)
      .openapi(routes.invoicePdfs, handlers.invoicePdfs)
      .openapi(routes.createInvoice, handlers.createInvoice)
      .openapi(routes.getInvoice, handlers.getInvoice)
      .openapi(routes.invoicePdf, handlers.invoicePdf)
      .openapi(routes.updateInvoice, handlers.updateInvoice)
      .openapi(routes.deleteInvoice, handlers.deleteInvoice)
      .openapi(routes.issueInvoice, handlers.issueInvoice)
      .openapi(routes.creditInvoice, handlers.creditInvoice)
  );
}
