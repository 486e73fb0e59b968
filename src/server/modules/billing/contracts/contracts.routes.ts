import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { IdParam } from "../../../../shared/api/common.js";
import {
  AppliedTemplate,
  ApplyTemplateBody,
  Contract,
  ContractBody,
  ContractTemplate,
  ContractTemplateBody,
  UpdateContractTemplateBody,
} from "../../../../shared/api/contracts.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../../lib/http/responses.js";

const tags = ["Automated billing"];
const security = signedIn;
/** Every route here needs the Billing app: 402 off-plan, 409 not enabled. */
const common = { 400: errors[400], 401: errors[401], 402: errors[402], 404: errors[404], 409: errors[409] };

export const getContract = createRoute({
  method: "get",
  path: "/clients/{id}/contract",
  tags,
  security,
  summary: "A client's contract: billing day and recurring lines (none yet: no lines)",
  request: { params: IdParam },
  responses: { 200: jsonContent(Contract, "The contract."), ...common },
});

export const saveContract = createRoute({
  method: "put",
  path: "/clients/{id}/contract",
  tags,
  security,
  summary:
    "Set a client's contract (Owner or Admin); a contract following a template is detached from it. Lines given with their id keep the periods already billed",
  request: { params: IdParam, body: jsonBody(ContractBody) },
  responses: { 200: jsonContent(Contract, "The contract as saved."), 403: errors[403], ...common },
});

export const listContractTemplates = createRoute({
  method: "get",
  path: "/billing/contract-templates",
  tags,
  security,
  summary: "Contract templates, by name, with how many clients follow each",
  responses: { 200: jsonContent(z.array(ContractTemplate), "The templates."), ...common },
});

export const createContractTemplate = createRoute({
  method: "post",
  path: "/billing/contract-templates",
  tags,
  security,
  summary: "Create a contract template (Owner or Admin); names are unique in the company",
  request: { body: jsonBody(ContractTemplateBody) },
  responses: { 201: jsonContent(ContractTemplate, "The new template."), 403: errors[403], ...common },
});

export const updateContractTemplate = createRoute({
  method: "patch",
  path: "/billing/contract-templates/{id}",
  tags,
  security,
  summary:
    "Change a contract template (Owner or Admin); clients following it get its new lines and billing day",
  request: { params: IdParam, body: jsonBody(UpdateContractTemplateBody) },
  responses: { 200: jsonContent(ContractTemplate, "The template as saved."), 403: errors[403], ...common },
});

export const deleteContractTemplate = createRoute({
  method: "delete",
  path: "/billing/contract-templates/{id}",
  tags,
  security,
  summary: "Delete a contract template (Owner or Admin); clients following it keep their contracts",
  request: { params: IdParam },
  responses: { 204: NoContent, 403: errors[403], ...common },
});

export const applyContractTemplate = createRoute({
  method: "post",
  path: "/billing/contract-templates/{id}/apply",
  tags,
  security,
  summary: "Give clients the template's contract (Owner or Admin), replacing their lines; all or none",
  request: { params: IdParam, body: jsonBody(ApplyTemplateBody) },
  responses: {
    200: jsonContent(AppliedTemplate, "How many clients follow it now."),
    403: errors[403],
    ...common,
  },
});
