import { createRouter } from "../../app-router.js";
import { requireAuth } from "../auth/authenticate.js";
import * as handlers from "./clients.handlers.js";
import * as routes from "./clients.routes.js";

export function clientsRouter() {
  const router = createRouter();
  router.use("/clients", requireAuth);
  router.use("/clients/*", requireAuth);
  router.use("/clients.csv", requireAuth);
  return (
    router
      .openapi(routes.listClients, handlers.listClients)
      .openapi(routes.exportClients, handlers.exportClients)
      // Before /clients/{id}, which would take "ids" for an id.
      .openapi(routes.listClientIds, handlers.listClientIds)
      .openapi(routes.bulkClients, handlers.bulkClients)
      .openapi(routes.createClient, handlers.createClient)
      .openapi(routes.getClient, handlers.getClient)
      .openapi(routes.updateClient, handlers.updateClient)
      .openapi(routes.deleteClient, handlers.deleteClient)
      .openapi(routes.listContacts, handlers.listContacts)
      .openapi(routes.addContact, handlers.addContact)
      .openapi(routes.updateContact, handlers.updateContact)
      .openapi(routes.removeContact, handlers.removeContact)
  );
}
