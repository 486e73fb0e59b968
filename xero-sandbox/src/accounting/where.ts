import { isRecord } from "../http.js";
import { type Node, Parser, QueryParseError, type Scalar, tokenize } from "./where-parser.js";
import { parseMsDate } from "./xero-date.js";

/**
 * Xero's `where` and `order` parameters: a small C#-like expression language, e.g.
 * `Type=="ACCREC" AND Date >= DateTime(2025, 01, 01)`, `Contact.ContactID==Guid("…")`,
 * `Name.StartsWith("B") OR EmailAddress!=null`, `order=UpdatedDateUTC DESC, Name`.
 * Expressions are evaluated against the record's wire JSON; `/Date(…)/` strings compare as
 * dates, text compares without regard to case.
 */

type Value = Scalar | Record<string, unknown> | unknown[];

function normalise(value: unknown): Value {
  if (typeof value === "string") {
    const ms = parseMsDate(value);
    return ms === undefined ? value : { date: ms };
  }
  if (value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if (Array.isArray(value)) return value;
  return isRecord(value) ? value : null;
}

function isDate(v: Value): v is { date: number } {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as { date?: unknown }).date === "number"
  );
}

function text(v: Value): string | undefined {
  return typeof v === "string" ? v.toLowerCase() : undefined;
}

function orderOf(a: Value, b: Value): number | undefined {
  if (isDate(a) && isDate(b)) return a.date - b.date;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return undefined;
}

function equal(a: Value, b: Value): boolean {
  if (a === null || b === null) return a === b;
  return orderOf(a, b) === 0;
}

function evaluate(node: Node, record: Record<string, unknown>): Value {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "and":
      return truthy(evaluate(node.left, record)) && truthy(evaluate(node.right, record));
    case "or":
      return truthy(evaluate(node.left, record)) || truthy(evaluate(node.right, record));
    case "not":
      return !truthy(evaluate(node.operand, record));
    case "compare": {
      const a = evaluate(node.left, record);
      const b = evaluate(node.right, record);
      if (node.op === "==") return equal(a, b);
      if (node.op === "!=") return !equal(a, b);
      const order = orderOf(a, b);
      if (order === undefined) return false;
      if (node.op === ">") return order > 0;
      if (node.op === ">=") return order >= 0;
      if (node.op === "<") return order < 0;
      return order <= 0;
    }
    case "member": {
      let value = normalise(record[node.root]);
      for (const step of node.steps) value = applyStep(value, step, record);
      return value;
    }
  }
}

function applyStep(
  value: Value,
  step: { name: string; args?: Node[] },
  record: Record<string, unknown>,
): Value {
  const name = step.name.toLowerCase();
  if (step.args) {
    const arg = step.args[0] ? text(evaluate(step.args[0], record)) : undefined;
    const self = text(value);
    switch (name) {
      case "startswith":
        return self !== undefined && arg !== undefined && self.startsWith(arg);
      case "endswith":
        return self !== undefined && arg !== undefined && self.endsWith(arg);
      case "contains":
        return self !== undefined && arg !== undefined && self.includes(arg);
      case "tolower":
      case "toupper":
      case "trim":
      case "tostring":
        return typeof value === "string" ? value.trim() : value;
      default:
        throw new QueryParseError(`Method '${step.name}' is not supported`);
    }
  }
  if (name === "hasvalue") return value !== null;
  if (name === "value") return value;
  if (isDate(value)) {
    const d = new Date(value.date);
    if (name === "year") return d.getUTCFullYear();
    if (name === "month") return d.getUTCMonth() + 1;
    if (name === "day") return d.getUTCDate();
    if (name === "date") return { date: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) };
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value) && !isDate(value)) {
    const key = Object.keys(value).find((k) => k.toLowerCase() === name);
    return normalise(key === undefined ? undefined : value[key]);
  }
  return null;
}

function truthy(value: Value): boolean {
  return value === true;
}

function fieldMap(fields: readonly string[]): Map<string, string> {
  return new Map(fields.map((f) => [f.toLowerCase(), f]));
}

export type Predicate = (record: Record<string, unknown>) => boolean;

export function compileWhere(source: string, typeName: string, fields: readonly string[]): Predicate {
  const node = new Parser(tokenize(source), typeName, fieldMap(fields)).parseAll();
  return (record) => truthy(evaluate(node, record));
}

export type Comparator = (a: Record<string, unknown>, b: Record<string, unknown>) => number;

export function compileOrder(source: string, typeName: string, fields: readonly string[]): Comparator {
  const map = fieldMap(fields);
  const keys = source
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const m = /^([A-Za-z_][A-Za-z0-9_.]*)(?:\s+(ASC|DESC))?$/i.exec(part);
      if (!m?.[1]) throw new QueryParseError(`Cannot order by '${part}'`);
      const [rootName = "", ...rest] = m[1].split(".");
      const root = map.get(rootName.toLowerCase());
      if (!root) throw new QueryParseError(`No property or field '${rootName}' exists in type '${typeName}'`);
      const node: Node = { kind: "member", root, steps: rest.map((name) => ({ name })) };
      return { node, direction: m[2]?.toUpperCase() === "DESC" ? -1 : 1 };
    });
  return (a, b) => {
    for (const key of keys) {
      const x = evaluate(key.node, a);
      const y = evaluate(key.node, b);
      let order: number;
      if (x === null || y === null) order = x === y ? 0 : x === null ? -1 : 1;
      else order = orderOf(x, y) ?? 0;
      if (order !== 0) return order * key.direction;
    }
    return 0;
  };
}
