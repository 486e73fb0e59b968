import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  CreateProductBody,
  Currency,
  DeletedProduct,
  Product,
  ResourceCode,
  UpdateProductBody,
  VatRate,
} from "../../../shared/api/billing.js";
import { BillingSettings } from "../../../shared/api/billing-settings.js";
import { IdParam } from "../../../shared/api/common.js";
import { ClassificatorImport, StartedImport } from "../../../shared/api/imports.js";
import { errors, jsonBody, jsonContent, signedIn } from "../../lib/http/responses.js";

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

/** Answers of every route that needs the Billing app: 402 off-plan, 409 not enabled. */
const billingApp = { 401: errors[401], 402: errors[402], 409: errors[409] };

export const getBillingSettings = createRoute({
  method: "get",
  path: "/billing/settings",
  tags,
  security,
  summary: "Billing settings (the Setup tab); the defaults until they are first saved",
  responses: { 200: jsonContent(BillingSettings, "The settings."), ...billingApp },
});

export const updateBillingSettings = createRoute({
  method: "put",
  path: "/billing/settings",
  tags,
  security,
  summary: "Save Billing settings (Owner or Admin); Xero only once it is connected",
  request: { body: jsonBody(BillingSettings) },
  responses: {
    200: jsonContent(BillingSettings, "The settings as saved."),
    400: errors[400],
    403: errors[403],
    404: errors[404],
    ...billingApp,
  },
});

export const createProduct = createRoute({
  method: "post",
  path: "/billing/products",
  tags,
  security,
  summary: "Create a product (Owner or Admin); its code is unique in the company",
  request: { body: jsonBody(CreateProductBody) },
  responses: {
    201: jsonContent(Product, "The new product."),
    400: errors[400],
    403: errors[403],
    404: errors[404],
    ...billingApp,
  },
});

export const updateProduct = createRoute({
  method: "patch",
  path: "/billing/products/{id}",
  tags,
  security,
  summary: "Edit a product (Owner or Admin); `active: false|true` archives or restores it",
  request: { params: IdParam, body: jsonBody(UpdateProductBody) },
  responses: {
    200: jsonContent(Product, "The product after the change."),
    400: errors[400],
    403: errors[403],
    404: errors[404],
    ...billingApp,
  },
});

export const deleteProduct = createRoute({
  method: "delete",
  path: "/billing/products/{id}",
  tags,
  security,
  summary:
    "Delete a product (Owner or Admin); one on invoices or imported from the accounting system is archived instead",
  request: { params: IdParam },
  responses: {
    200: jsonContent(DeletedProduct, "Deleted, or archived and why."),
    400: errors[400],
    403: errors[403],
    404: errors[404],
    ...billingApp,
  },
});
