import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { deref, isObject, toJsonSchema } from "./openapi-schema.js";
import { findOperations, type LoadedDocument, type OperationMatch } from "./operations.js";

/**
 * Checks requests and responses against Xero's official OpenAPI files
 * (../shared/xero-openapi: the Accounting API, identity /connections, webhooks). Kontor's
 * tests reuse it to check that what Kontor sends is what Xero documents.
 *
 * Deliberate leniencies, because Xero's spec and Xero's wire disagree: `date-time` accepts
 * Xero's zone-less timestamps with up to 7 fractional digits; responses with statuses the
 * spec does not document (401, 403, 404, 429…) are not checked; path and query names match
 * without regard to case, as Xero's routing does.
 */

export interface ContractRequest {
  method: string;
  /** A path or URL, e.g. `/api.xro/2.0/Invoices` or `http://127.0.0.1:4599/api/api.xro/2.0/Invoices?page=1`. */
  path: string;
  /** Query parameters; those in `path` are used too. */
  query?: Record<string, string | number | boolean | undefined> | URLSearchParams;
  /** When given, required headers (`xero-tenant-id`) are checked too. */
  headers?: Record<string, string | undefined>;
  body?: unknown;
  /**
   * Also report body fields the spec does not declare (e.g. a misspelt `EmailAdress`, which
   * Xero would silently ignore).
   */
  strict?: boolean;
}

export interface ContractResponse {
  method: string;
  path: string;
  status: number;
  body?: unknown;
  /**
   * Also report fields the spec does not declare (Xero's envelope fields and `…String`
   * companions of declared dates excepted), e.g. an invented or misspelt field. 2xx answers
   * only: Xero's error schema declares less than Xero's 400s echo.
   */
  strict?: boolean;
}

export interface OperationInfo {
  operationId: string;
  pathTemplate: string;
  document: "accounting" | "identity";
}

export interface XeroContract {
  /** Readable problems with a request; empty when it conforms. */
  validateRequest(request: ContractRequest): string[];
  /** Readable problems with a response body; empty when it conforms or the status is undocumented. */
  validateResponse(response: ContractResponse): string[];
  /** Problems with a webhook payload (`{ events, firstEventSequence, … }`); `strict` as for responses. */
  validateWebhookPayload(body: unknown, options?: { strict?: boolean }): string[];
  /** Problems with a token endpoint answer (the identity document's `AccessToken`). */
  validateTokenResponse(body: unknown): string[];
  operationOf(method: string, path: string): OperationInfo | undefined;
}

const addFormats = addFormatsModule.default;
const ZONELESS_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** `<repo>/../shared/xero-openapi`, looked up from a directory inside the repository. */
export function findXeroOpenApiDir(fromDir: string): string | undefined {
  let dir = path.resolve(fromDir);
  for (;;) {
    if (existsSync(path.join(dir, "package.json"))) {
      const candidate = path.resolve(dir, "../shared/xero-openapi");
      return existsSync(path.join(candidate, "xero_accounting.yaml")) ? candidate : undefined;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const cache = new Map<string, XeroContract>();

export function loadXeroContract(dir: string): XeroContract {
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const contract = buildContract(key);
  cache.set(key, contract);
  return contract;
}

function readYaml(file: string): Record<string, unknown> {
  const parsed: unknown = parse(readFileSync(file, "utf8"));
  if (!isObject(parsed)) throw new Error(`${file} is not an OpenAPI document`);
  return parsed;
}

function buildContract(dir: string): XeroContract {
  const documents: LoadedDocument[] = [
    { name: "accounting", spec: readYaml(path.join(dir, "xero_accounting.yaml")) },
    { name: "identity", spec: readYaml(path.join(dir, "xero-identity.yaml")) },
  ];
  const webhooks = readYaml(path.join(dir, "xero-webhooks.yaml"));
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, allowUnionTypes: true });
  addFormats(ajv, ["date", "uuid", "uri", "email"]);
  ajv.addFormat("date-time", ZONELESS_DATE_TIME);
  for (const format of ["double", "float", "int32", "int64", "binary", "byte", "password"])
    ajv.addFormat(format, true);
  for (const doc of [...documents, { name: "webhooks", spec: webhooks }]) {
    ajv.addSchema({
      $id: `xero-${doc.name}`,
      components: toJsonSchema(doc.spec.components ?? {}, `xero-${doc.name}`),
    });
  }
  const compiled = new WeakMap<object, ValidateFunction>();
  const validator = (document: string, schema: unknown): ValidateFunction => {
    const converted = toJsonSchema(schema, `xero-${document}`);
    if (!isObject(converted)) return ajv.compile({});
    const key = isObject(schema) ? schema : converted;
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile(converted);
      compiled.set(key, fn);
    }
    return fn;
  };
  const check = (document: string, schema: unknown, value: unknown, where: string): string[] => {
    const fn = validator(document, schema);
    return fn(value) ? [] : formatErrors(fn.errors ?? [], where);
  };
  const specOf = (match: OperationMatch) => documents.find((d) => d.name === match.document)?.spec ?? {};

  const best = (method: string, requestPath: string): OperationMatch | undefined => {
    const matches = findOperations(documents, method, requestPath);
    // Xero has /Contacts/{ContactNumber} and /Contacts/{ContactID}: prefer the one whose path parameters fit.
    return (
      matches.find((m) =>
        parameters(specOf(m), m).every(
          (p) =>
            p.in !== "path" ||
            check(m.document, p.schema ?? {}, m.pathParams[String(p.name)], "").length === 0,
        ),
      ) ?? matches[0]
    );
  };

  return {
    operationOf(method, requestPath) {
      const match = best(method, requestPath);
      if (!match) return undefined;
      return {
        operationId: String(match.operation.operationId),
        pathTemplate: match.pathTemplate,
        document: match.document,
      };
    },

    validateRequest(request) {
      const match = best(request.method, request.path);
      if (!match)
        return [`${request.method.toUpperCase()} ${request.path}: no such operation in Xero's OpenAPI`];
      const spec = specOf(match);
      const errors: string[] = [];
      const query = collectQuery(request);
      const known = new Set<string>();
      for (const param of parameters(spec, match)) {
        const name = String(param.name);
        const schema = param.schema ?? {};
        if (param.in === "query") {
          known.add(name.toLowerCase());
          const raw = [...query.entries()].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
          if (raw === undefined) {
            if (param.required === true) errors.push(`query parameter ${name} is required`);
            continue;
          }
          errors.push(...check(match.document, schema, coerce(raw, schema), `query parameter ${name}`));
        } else if (param.in === "header" && request.headers) {
          const value = Object.entries(request.headers).find(
            ([k]) => k.toLowerCase() === name.toLowerCase(),
          )?.[1];
          if (value === undefined) {
            if (param.required === true) errors.push(`header ${name} is required`);
            continue;
          }
          errors.push(...check(match.document, schema, value, `header ${name}`));
        } else if (param.in === "path") {
          errors.push(...check(match.document, schema, match.pathParams[name], `path parameter ${name}`));
        }
      }
      for (const name of query.keys()) {
        if (!known.has(name.toLowerCase()))
          errors.push(`query parameter ${name} is not defined for ${String(match.operation.operationId)}`);
      }
      const body = deref(spec, match.operation.requestBody);
      const content = body && isObject(body.content) ? body.content : undefined;
      const media = content ? deref(spec, content["application/json"]) : undefined;
      if (media && request.body === undefined && body?.required === true)
        errors.push("a request body is required");
      if (media && request.body !== undefined) {
        errors.push(...check(match.document, media.schema ?? {}, request.body, "request body"));
        if (request.strict)
          errors.push(...undeclaredFields(spec, media.schema, request.body, "request body"));
      }
      if (!media && request.body !== undefined && !["GET", "HEAD", "DELETE"].includes(match.method)) {
        errors.push(`${String(match.operation.operationId)} takes no request body`);
      }
      return errors;
    },

    validateResponse(response) {
      const match = best(response.method, response.path);
      if (!match)
        return [`${response.method.toUpperCase()} ${response.path}: no such operation in Xero's OpenAPI`];
      const spec = specOf(match);
      const responses = isObject(match.operation.responses) ? match.operation.responses : {};
      const documented = deref(spec, responses[String(response.status)] ?? responses.default);
      if (!documented) return [];
      const content = isObject(documented.content) ? documented.content : undefined;
      const media = content ? deref(spec, content["application/json"]) : undefined;
      if (!media) {
        const empty = response.body === undefined || response.body === null || response.body === "";
        return empty
          ? []
          : [`${response.status} answers of ${String(match.operation.operationId)} have no body`];
      }
      const problems = check(match.document, media.schema ?? {}, response.body, "response body");
      // Xero's error schema lists only ids beside ValidationErrors, while Xero echoes whole elements.
      if (response.strict && response.status < 300)
        problems.push(
          ...undeclaredFields(spec, media.schema, response.body, "response body", ENVELOPE_FIELDS),
        );
      return problems;
    },

    validateWebhookPayload(body, options = {}) {
      const schema = { $ref: "#/components/schemas/WebhookEvent" };
      const problems = check("webhooks", schema, body, "webhook payload");
      if (options.strict) problems.push(...undeclaredFields(webhooks, schema, body, "webhook payload"));
      return problems;
    },

    validateTokenResponse(body) {
      return check("identity", { $ref: "#/components/schemas/AccessToken" }, body, "token response");
    },
  };
}

/** Xero's answer envelope: on every Accounting answer, in none of the response schemas. */
const ENVELOPE_FIELDS = new Set(["Id", "Status", "ProviderName", "DateTimeUTC"]);

/** The declared properties of a schema, through `$ref`s and `allOf`/`anyOf`/`oneOf`; undefined for a free-form object. */
function declaredProperties(
  spec: Record<string, unknown>,
  schema: unknown,
): Map<string, unknown> | undefined {
  const resolved = deref(spec, schema);
  if (!resolved) return undefined;
  if (resolved.additionalProperties !== undefined && resolved.additionalProperties !== false)
    return undefined;
  let found = false;
  const properties = new Map<string, unknown>();
  if (isObject(resolved.properties)) {
    found = true;
    for (const [name, value] of Object.entries(resolved.properties)) properties.set(name, value);
  }
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const members = resolved[key];
    if (!Array.isArray(members)) continue;
    for (const member of members) {
      const inner = declaredProperties(spec, member);
      if (!inner) return undefined;
      found = true;
      for (const [name, value] of inner) properties.set(name, value);
    }
  }
  return found ? properties : undefined;
}

/**
 * Fields of `value` its schema does not declare. Xero's schemas do not forbid extra fields,
 * so Ajv passes them; this catches what a real client would miss (`ContactId` for `ContactID`).
 */
function undeclaredFields(
  spec: Record<string, unknown>,
  schema: unknown,
  value: unknown,
  where: string,
  allowed: ReadonlySet<string> = new Set(),
): string[] {
  const resolved = deref(spec, schema);
  if (!resolved) return [];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => undeclaredFields(spec, resolved.items, item, `${where}/${i}`));
  }
  if (!isObject(value)) return [];
  const properties = declaredProperties(spec, resolved);
  if (!properties) return [];
  const problems: string[] = [];
  for (const [name, field] of Object.entries(value)) {
    const declared = properties.get(name);
    if (declared !== undefined) {
      problems.push(...undeclaredFields(spec, declared, field, `${where}/${name}`));
      continue;
    }
    const dateCompanion = name.endsWith("String") && properties.has(name.slice(0, -"String".length));
    if (!allowed.has(name) && !dateCompanion)
      problems.push(`${where}/${name} is not a field Xero's schema declares`);
  }
  return problems;
}

function parameters(spec: Record<string, unknown>, match: OperationMatch): Array<Record<string, unknown>> {
  const list = [
    ...(Array.isArray(match.pathItem.parameters) ? match.pathItem.parameters : []),
    ...(Array.isArray(match.operation.parameters) ? match.operation.parameters : []),
  ];
  return list.flatMap((p) => {
    const resolved = deref(spec, p);
    return resolved ? [resolved] : [];
  });
}

function collectQuery(request: ContractRequest): Map<string, string> {
  const query = new Map<string, string>();
  const fromPath = new URL(request.path, "http://x").searchParams;
  for (const [k, v] of fromPath) query.set(k, v);
  if (request.query instanceof URLSearchParams) {
    for (const [k, v] of request.query) query.set(k, v);
  } else if (request.query) {
    for (const [k, v] of Object.entries(request.query)) if (v !== undefined) query.set(k, String(v));
  }
  return query;
}

/** Query strings are text; read them as the parameter's schema says (form style, comma lists). */
function coerce(raw: string, schema: unknown): unknown {
  const type = isObject(schema) ? schema.type : undefined;
  if (type === "integer" || type === "number") return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  if (type === "array") {
    const items = isObject(schema) ? schema.items : undefined;
    return raw.split(",").map((part) => coerce(part.trim().replace(/^"(.*)"$/, "$1"), items));
  }
  return raw;
}

function formatErrors(errors: readonly ErrorObject[], where: string): string[] {
  return errors.map((e) => {
    const at = e.instancePath ? `${where} ${e.instancePath}` : where;
    const extra =
      e.keyword === "enum" && isObject(e.params) ? ` (${JSON.stringify(e.params.allowedValues)})` : "";
    return `${at} ${e.message ?? "is invalid"}${extra}`.trim();
  });
}
