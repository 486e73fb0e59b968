import { createRoute } from "@hono/zod-openapi";
import { Company, UpdateCompanyBody } from "../../../shared/api/company.js";
import { errors, jsonBody, jsonContent, signedIn } from "../../lib/http/responses.js";

const tags = ["Company"];

export const getCompany = createRoute({
  method: "get",
  path: "/company",
  tags,
  security: signedIn,
  summary: "Company settings, with the plan",
  responses: { 200: jsonContent(Company, "The signed-in company."), 401: errors[401] },
});

export const updateCompany = createRoute({
  method: "patch",
  path: "/company",
  tags,
  security: signedIn,
  summary: "Rename the company (Owner or Admin). The plan is set by an operator.",
  request: { body: jsonBody(UpdateCompanyBody) },
  responses: {
    200: jsonContent(Company, "The company after the change."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
  },
});
