import { randomUUID } from "node:crypto";
import type { Agent } from "./test-app.js";

/** A JSON Schema as the OpenAPI document writes it (the parts these tests read). */
interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}

interface Parameter {
  in: "path" | "query" | "header" | "cookie";
  name: string;
  schema: Schema;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: Schema }>; required?: boolean };
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

/** One operation of the API, read from its OpenAPI document. */
export interface Operation {
  method: string;
  /** As documented, under /api: `/clients/{id}`. */
  path: string;
  parameters: Parameter[];
  body: Schema | null;
  /** Whether the body must be sent (OpenAPI's `requestBody.required`). */
  bodyRequired: boolean;
  /** Follows `$ref`s to the component schemas. */
  resolve(schema: Schema): Schema;
}

/** Every operation the API documents at /api/openapi.json. */
export async function apiOperations(agent: Agent): Promise<Operation[]> {
  const doc = (await agent.get<OpenApiDocument>("/api/openapi.json")).body;
  const resolve = (schema: Schema): Schema =>
    schema.$ref ? resolve(doc.components.schemas[schema.$ref.split("/").pop()!]!) : schema;
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content["application/json"]?.schema ?? null,
      bodyRequired: op.requestBody?.required === true,
      resolve,
    })),
  );
}

const isString = (schema: Schema) =>
  schema.type === "string" || (Array.isArray(schema.type) && schema.type.includes("string"));

/** A value a parameter accepts, or at least one of the right shape (a random id). */
export function plausibleValue(schema: Schema): string {
  if (schema.enum?.length) return String(schema.enum[0]);
  if (schema.format === "uuid") return randomUUID();
  return "a".repeat(43);
}

/** The URL of an operation with its path parameters filled in; `values` wins over plausible ones. */
export function urlOf(op: Operation, values: Record<string, string> = {}, query = ""): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const param = op.parameters.find((p) => p.in === "path" && p.name === name)!;
    return name in values ? values[name]! : encodeURIComponent(plausibleValue(param.schema));
  });
  return `/api${path}${query}`;
}

/**
 * Every place a JSON body takes text, as the field path a validation error names
 * (`address.city`, `resolutions.0.xeroContactId`) and a body with `text` there.
 */
export function bodyTextFields(op: Operation, text: string): { field: string; body: unknown }[] {
  const found: { field: string; body: unknown }[] = [];
  const walk = (schema: Schema, path: string[], wrap: (value: unknown) => unknown, depth: number) => {
    const s = op.resolve(schema);
    if (depth > 6) return;
    const alternatives = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
    if (isString(s) || alternatives.some((a) => isString(op.resolve(a)))) {
      const field = path.join(".");
      if (!found.some((f) => f.field === field)) found.push({ field, body: wrap(text) });
    }
    // An object among alternatives (a union of two shapes) has text fields of its own.
    for (const alternative of alternatives) {
      if (op.resolve(alternative).properties) walk(alternative, path, wrap, depth + 1);
    }
    for (const [name, property] of Object.entries(s.properties ?? {})) {
      walk(property, [...path, name], (value) => wrap({ [name]: value }), depth + 1);
    }
    if (s.items) walk(s.items, [...path, "0"], (value) => wrap([value]), depth + 1);
    if (typeof s.additionalProperties === "object") {
      walk(s.additionalProperties, [...path, "x"], (value) => wrap({ x: value }), depth + 1);
    }
  };
  if (op.body) walk(op.body, [], (value) => value, 0);
  return found;
}
