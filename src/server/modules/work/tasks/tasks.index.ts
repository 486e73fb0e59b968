import { createRouter } from "../../../app-router.js";
import { requireAuth } from "../../auth/authenticate.js";
import * as handlers from "./tasks.handlers.js";
import * as routes from "./tasks.routes.js";

export function tasksRouter() {
  const router = createRouter();
  router.use("/tasks", requireAuth);
  router.use("/tasks/*", requireAuth);
  return (
    router
      .openapi(routes.listTasks, handlers.listTasks)
      // Before /tasks/{id}, so "bulk" is not taken for an id.
      .openapi(routes.bulkUpdateTasks, handlers.bulkUpdateTasks)
      .openapi(routes.createTask, handlers.createTask)
      .openapi(routes.getTask, handlers.getTask)
      .openapi(routes.updateTask, handlers.updateTask)
      .openapi(routes.deleteTask, handlers.deleteTask)
      .openapi(routes.markTaskDone, handlers.markTaskDone)
      .openapi(routes.postponeTask, handlers.postponeTask)
      .openapi(routes.moveTaskToLater, handlers.moveTaskToLater)
      .openapi(routes.getTaskHistory, handlers.getTaskHistory)
  );
}
