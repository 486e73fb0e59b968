import { createRouter } from "../../../app-router.js";
import { requireApp } from "../../apps/require-app.js";
import { requireAuth } from "../../auth/authenticate.js";
import * as runHandlers from "../runs/billing-runs.handlers.js";
import * as runRoutes from "../runs/billing-runs.routes.js";
import * as handlers from "./contracts.handlers.js";
import * as routes from "./contracts.routes.js";

/** Automated billing: clients' contracts, contract templates and billing runs (the Billing app). */
export function contractsRouter() {
  const router = createRouter();
  const billing = requireApp("billing");
  // "/x/*" matches "/x" too.
  router.use("/clients/:id/contract", requireAuth, billing);
  router.use("/billing/contract-templates/*", requireAuth, billing);
  router.use("/billing/runs/*", requireAuth, billing);
  return router
    .openapi(routes.getContract, handlers.getContract)
    .openapi(routes.saveContract, handlers.saveContract)
    .openapi(routes.listContractTemplates, handlers.listContractTemplates)
    .openapi(routes.createContractTemplate, handlers.createContractTemplate)
    .openapi(routes.updateContractTemplate, handlers.updateContractTemplate)
    .openapi(routes.deleteContractTemplate, handlers.deleteContractTemplate)
    .openapi(routes.applyContractTemplate, handlers.applyContractTemplate)
    .openapi(runRoutes.startBillingRun, runHandlers.startBillingRun)
    .openapi(runRoutes.previewBillingRun, runHandlers.previewBillingRun)
    .openapi(runRoutes.getBillingRun, runHandlers.getBillingRun);
}
