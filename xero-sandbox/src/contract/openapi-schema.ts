/**
 * OpenAPI → JSON Schema for Ajv: OpenAPI 3.0's `nullable` becomes a null type, local
 * `$ref`s are made absolute to the document they live in (so inline operation schemas can
 * be compiled on their own), and annotations Ajv has no use for are dropped.
 */

const DROPPED = new Set(["example", "examples", "externalDocs", "xml", "discriminator"]);

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function toJsonSchema(node: unknown, documentId: string): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, documentId));
  if (!isObject(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith("x-")) continue;
    if (key === "$ref" && typeof value === "string" && value.startsWith("#")) {
      out.$ref = `${documentId}${value}`;
      continue;
    }
    out[key] = toJsonSchema(value, documentId);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else return { anyOf: [out, { type: "null" }] };
  }
  return out;
}

/** Follows a local JSON pointer (`#/components/parameters/x`) inside a document. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** A `$ref`'d OpenAPI object (parameter, response), resolved; other objects as they are. */
export function deref(document: unknown, node: unknown): Record<string, unknown> | undefined {
  let current = node;
  for (let i = 0; i < 10 && isObject(current) && typeof current.$ref === "string"; i++) {
    current = resolvePointer(document, current.$ref);
  }
  return isObject(current) ? current : undefined;
}
