import { createRouter } from "../../../app-router.js";
import { requireAuth } from "../../auth/authenticate.js";
import * as handlers from "./workflows.handlers.js";
import * as routes from "./workflows.routes.js";

export function workflowsRouter() {
  const router = createRouter();
  router.use("/workflow-templates", requireAuth);
  router.use("/workflow-templates/*", requireAuth);
  router.use("/clients/:id/workflows", requireAuth);
  router.use("/clients/:id/workflows/*", requireAuth);
  return router
    .openapi(routes.previewDueDates, handlers.previewDueDates)
    .openapi(routes.uploadWorkflowTemplate, handlers.uploadWorkflowTemplate)
    .openapi(routes.listWorkflowTemplates, handlers.listWorkflowTemplates)
    .openapi(routes.createWorkflowTemplate, handlers.createWorkflowTemplate)
    .openapi(routes.getWorkflowTemplate, handlers.getWorkflowTemplate)
    .openapi(routes.updateWorkflowTemplate, handlers.updateWorkflowTemplate)
    .openapi(routes.deleteWorkflowTemplate, handlers.deleteWorkflowTemplate)
    .openapi(routes.cloneWorkflowTemplate, handlers.cloneWorkflowTemplate)
    .openapi(routes.applyWorkflowTemplate, handlers.applyWorkflowTemplate)
    .openapi(routes.listClientWorkflows, handlers.listClientWorkflows)
    .openapi(routes.updateClientWorkflow, handlers.updateClientWorkflow)
    .openapi(routes.removeClientWorkflow, handlers.removeClientWorkflow);
}
