import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  BulkClientsBody,
  BulkClientsResult,
  ClientContact,
  ClientDetail,
  ClientFilterQuery,
  ClientIds,
  ClientList,
  ClientListQuery,
  CreateClientBody,
  CreateContactBody,
  UpdateClientBody,
  UpdateContactBody,
} from "../../../shared/api/clients.js";
import { IdParam } from "../../../shared/api/common.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../lib/http/responses.js";

const tags = ["Clients"];
const security = signedIn;
const ContactParams = z.object({
  id: z.uuid({ message: "Not a valid client id." }),
  contactId: z.uuid({ message: "Not a valid person id." }),
});

export const listClients = createRoute({
  method: "get",
  path: "/clients",
  tags,
  security,
  summary:
    "The client list: search (`q`), filter, sort and page; `importId` lists what an import created or updated",
  request: { query: ClientListQuery },
  responses: { 200: jsonContent(ClientList, "A page of clients."), 400: errors[400], 401: errors[401] },
});

export const exportClients = createRoute({
  method: "get",
  path: "/clients.csv",
  tags,
  security,
  summary:
    "Every client the filters find (the list's filters and sort; not only a page) as CSV: UTF-8 with a byte order mark, for Excel",
  request: { query: ClientFilterQuery },
  responses: {
    200: { content: { "text/csv": { schema: z.string() } }, description: "The clients, one a line." },
    400: errors[400],
    401: errors[401],
  },
});

export const listClientIds = createRoute({
  method: "get",
  path: "/clients/ids",
  tags,
  security,
  summary: "The ids of every client the filters find, for a bulk action on all of them",
  request: { query: ClientFilterQuery },
  responses: {
    200: jsonContent(ClientIds, "The ids, in the list's order."),
    400: errors[400],
    401: errors[401],
  },
});

export const bulkClients = createRoute({
  method: "post",
  path: "/clients/bulk",
  tags,
  security,
  summary:
    "Archive the chosen clients, or make a member responsible for them (`responsibleUserId: null`: nobody); all or nothing",
  request: { body: jsonBody(BulkClientsBody) },
  responses: {
    200: jsonContent(BulkClientsResult, "Done."),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

export const createClient = createRoute({
  method: "post",
  path: "/clients",
  tags,
  security,
  summary:
    "Create a client; a name an existing client has (in any case, without legal forms) is refused with 409 `duplicate_client` unless `allowDuplicateName`",
  request: { body: jsonBody(CreateClientBody) },
  responses: {
    201: jsonContent(ClientDetail, "The new client."),
    400: errors[400],
    401: errors[401],
    409: errors[409],
  },
});

export const getClient = createRoute({
  method: "get",
  path: "/clients/{id}",
  tags,
  security,
  summary: "A client's card with its people",
  request: { params: IdParam },
  responses: {
    200: jsonContent(ClientDetail, "The client."),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

export const updateClient = createRoute({
  method: "patch",
  path: "/clients/{id}",
  tags,
  security,
  summary: "Edit a client; `archived: true|false` archives or restores it",
  request: { params: IdParam, body: jsonBody(UpdateClientBody) },
  responses: {
    200: jsonContent(ClientDetail, "The client after the change."),
    400: errors[400],
    401: errors[401],
    404: errors[404],
    409: errors[409],
  },
});

export const deleteClient = createRoute({
  method: "delete",
  path: "/clients/{id}",
  tags,
  security,
  summary: "Delete a client for good (Company Owner only)",
  request: { params: IdParam },
  responses: {
    204: NoContent,
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const listContacts = createRoute({
  method: "get",
  path: "/clients/{id}/contacts",
  tags,
  security,
  summary: "A client's people",
  request: { params: IdParam },
  responses: {
    200: jsonContent(z.array(ClientContact), "The people, oldest first."),
    401: errors[401],
    404: errors[404],
  },
});

export const addContact = createRoute({
  method: "post",
  path: "/clients/{id}/contacts",
  tags,
  security,
  summary: "Add a person to a client (`primary: true` makes them the primary person)",
  request: { params: IdParam, body: jsonBody(CreateContactBody) },
  responses: {
    201: jsonContent(ClientContact, "The person."),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

export const updateContact = createRoute({
  method: "patch",
  path: "/clients/{id}/contacts/{contactId}",
  tags,
  security,
  summary: "Edit a person, or make them the primary person",
  request: { params: ContactParams, body: jsonBody(UpdateContactBody) },
  responses: {
    200: jsonContent(ClientContact, "The person."),
    400: errors[400],
    401: errors[401],
    404: errors[404],
    409: errors[409],
  },
});

export const removeContact = createRoute({
  method: "delete",
  path: "/clients/{id}/contacts/{contactId}",
  tags,
  security,
  summary: "Remove a person (if it was the primary person, the oldest remaining one becomes primary)",
  request: { params: ContactParams },
  responses: { 204: NoContent, 400: errors[400], 401: errors[401], 404: errors[404] },
});
