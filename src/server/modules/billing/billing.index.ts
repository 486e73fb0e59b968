import { createRouter } from "../../app-router.js";
import { requireAuth } from "../auth/authenticate.js";
import * as handlers from "./billing.handlers.js";
import * as routes from "./billing.routes.js";

export function billingRouter() {
  const router = createRouter();
  router.use("/billing/*", requireAuth);
  return router
    .openapi(routes.listVatRates, handlers.listVatRates)
    .openapi(routes.listResourceCodes, handlers.listResourceCodes)
    .openapi(routes.listProducts, handlers.listProducts)
    .openapi(routes.listCurrencies, handlers.listCurrencies)
    .openapi(routes.importClassificators, handlers.importClassificators)
    .openapi(routes.getClassificatorImport, handlers.getClassificatorImport);
}
