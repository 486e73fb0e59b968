import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Currency, Product, ResourceCode, VatRate } from "../../../shared/api/billing.js";
import { ClassificatorImport, StartedImport } from "../../../shared/api/imports.js";
import { errors, jsonContent, signedIn } from "../../lib/http/responses.js";

const tags = ["Billing"];
const security = signedIn;
const list = <T extends z.ZodType>(path: string, item: T, summary: string) =>
  createRoute({
    method: "get",
    path,
    tags,
    security,
    summary,
    responses: { 200: jsonContent(z.array(item), summary), 401: errors[401] },
  });

export const listVatRates = list("/billing/vat-rates", VatRate, "VAT rates");
export const listResourceCodes = list(
  "/billing/resource-codes",
  ResourceCode,
  "Resource codes (revenue accounts)",
);
export const listProducts = list("/billing/products", Product, "Products with their product codes");
export const listCurrencies = list("/billing/currencies", Currency, "Currencies available on invoices");

export const importClassificators = createRoute({
  method: "post",
  path: "/billing/classificators/import",
  tags,
  security,
  summary: "Import classificators from the connected accounting system (Owner or Admin)",
  responses: {
    202: jsonContent(StartedImport, "Started; follow it at GET /billing/classificators/import/{id}."),
    401: errors[401],
    403: errors[403],
    409: errors[409],
  },
});

export const getClassificatorImport = createRoute({
  method: "get",
  path: "/billing/classificators/import/{id}",
  tags,
  security,
  summary: "A classificator import: status and what it created, updated or left unchanged",
  request: { params: z.object({ id: z.uuid({ message: "Not a valid import id." }) }) },
  responses: {
    200: jsonContent(ClassificatorImport, "The import."),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});
