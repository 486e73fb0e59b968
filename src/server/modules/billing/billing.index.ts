import { createRouter } from "../../app-router.js";
import { requireApp } from "../apps/require-app.js";
import { requireAuth } from "../auth/authenticate.js";
import * as handlers from "./billing.handlers.js";
import * as routes from "./billing.routes.js";

export function billingRouter() {
  const router = createRouter();
  router.use("/billing/*", requireAuth);
  // Settings and product changes need the Billing app; the classificator lists (also shown
  // with the Xero app) do not. ("/x/*" matches "/x" too.)
  const billing = requireApp("billing");
  router.use("/billing/settings", billing);
  router.use("/billing/products/*", (c, next) => (c.req.method === "GET" ? next() : billing(c, next)));
  return router
    .openapi(routes.listVatRates, handlers.listVatRates)
    .openapi(routes.listResourceCodes, handlers.listResourceCodes)
    .openapi(routes.listProducts, handlers.listProducts)
    .openapi(routes.listCurrencies, handlers.listCurrencies)
    .openapi(routes.importClassificators, handlers.importClassificators)
    .openapi(routes.getClassificatorImport, handlers.getClassificatorImport)
    .openapi(routes.getBillingSettings, handlers.getBillingSettings)
    .openapi(routes.updateBillingSettings, handlers.updateBillingSettings)
    .openapi(routes.createProduct, handlers.createProduct)
    .openapi(routes.updateProduct, handlers.updateProduct)
    .openapi(routes.deleteProduct, handlers.deleteProduct);
}
