/**
 * The tokenizer and parser of Xero's `where` language (see where.ts): a C#-like expression
 * with comparisons, AND/OR/NOT, members (`Contact.Name`), methods (`StartsWith("B")`) and
 * literals (strings, numbers, true/false/null, `DateTime(y,m,d)`, `Guid("…")`).
 */
export class QueryParseError extends Error {}

type Token =
  | { kind: "ident"; text: string }
  | { kind: "string"; text: string }
  | { kind: "number"; value: number }
  | { kind: "op"; text: string }
  | { kind: "end" };

export type Scalar = string | number | boolean | null | { date: number };

export type Node =
  | { kind: "literal"; value: Scalar }
  | { kind: "member"; root: string; steps: Array<{ name: string; args?: Node[] }> }
  | { kind: "compare"; op: string; left: Node; right: Node }
  | { kind: "and" | "or"; left: Node; right: Node }
  | { kind: "not"; operand: Node };

const OPERATORS = ["==", "!=", "<>", ">=", "<=", "&&", "||", "=", ">", "<", "!", "(", ")", ",", "."];

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      let text = "";
      i++;
      while (i < source.length && source.charAt(i) !== ch) {
        if (source.charAt(i) === "\\" && i + 1 < source.length) i++;
        text += source.charAt(i);
        i++;
      }
      if (i >= source.length) throw new QueryParseError("Unterminated string literal");
      i++;
      tokens.push({ kind: "string", text });
      continue;
    }
    const number = /^-?\d+(\.\d+)?/.exec(source.slice(i));
    if (number && (ch !== "-" || lastIsOperator(tokens))) {
      tokens.push({ kind: "number", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
    if (ident) {
      tokens.push({ kind: "ident", text: ident[0] });
      i += ident[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (!op) throw new QueryParseError(`Syntax error at '${source.slice(i, i + 10)}'`);
    tokens.push({ kind: "op", text: op });
    i += op.length;
  }
  tokens.push({ kind: "end" });
  return tokens;
}

function lastIsOperator(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return !last || (last.kind === "op" && last.text !== ")");
}

export class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly typeName: string,
    private readonly fields: ReadonlyMap<string, string>,
  ) {}

  private peek(): Token {
    return this.tokens[this.index] ?? { kind: "end" };
  }

  private next(): Token {
    const token = this.peek();
    this.index++;
    return token;
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t.kind === "op" && t.text === text;
  }

  private isWord(word: string): boolean {
    const t = this.peek();
    return t.kind === "ident" && t.text.toUpperCase() === word;
  }

  private expectOp(text: string): void {
    if (!this.isOp(text)) throw new QueryParseError(`Expected '${text}'`);
    this.index++;
  }

  parseAll(): Node {
    const node = this.parseOr();
    if (this.peek().kind !== "end")
      throw new QueryParseError("Syntax error: unexpected text after expression");
    return node;
  }

  private parseOr(): Node {
    let left = this.parseAnd();
    while (this.isOp("||") || this.isWord("OR")) {
      this.index++;
      left = { kind: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Node {
    let left = this.parseNot();
    while (this.isOp("&&") || this.isWord("AND")) {
      this.index++;
      left = { kind: "and", left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): Node {
    if (this.isOp("!") || this.isWord("NOT")) {
      this.index++;
      return { kind: "not", operand: this.parseNot() };
    }
    return this.parseCompare();
  }

  private parseCompare(): Node {
    const left = this.parsePrimary();
    const t = this.peek();
    if (t.kind === "op" && ["==", "=", "!=", "<>", ">", ">=", "<", "<="].includes(t.text)) {
      this.index++;
      const op = t.text === "=" ? "==" : t.text === "<>" ? "!=" : t.text;
      return { kind: "compare", op, left, right: this.parsePrimary() };
    }
    return left;
  }

  private parsePrimary(): Node {
    const t = this.next();
    if (t.kind === "op" && t.text === "(") {
      const inner = this.parseOr();
      this.expectOp(")");
      return inner;
    }
    if (t.kind === "string") return { kind: "literal", value: t.text };
    if (t.kind === "number") return { kind: "literal", value: t.value };
    if (t.kind !== "ident") throw new QueryParseError("Syntax error: expression expected");
    const word = t.text.toUpperCase();
    if (word === "TRUE") return { kind: "literal", value: true };
    if (word === "FALSE") return { kind: "literal", value: false };
    if (word === "NULL") return { kind: "literal", value: null };
    if (word === "DATETIME" && this.isOp("(")) return { kind: "literal", value: this.parseDateTime() };
    if (word === "GUID" && this.isOp("(")) {
      this.expectOp("(");
      const id = this.next();
      if (id.kind !== "string") throw new QueryParseError("Guid() expects a string");
      this.expectOp(")");
      return { kind: "literal", value: id.text };
    }
    const root = this.fields.get(t.text.toLowerCase());
    if (!root)
      throw new QueryParseError(`No property or field '${t.text}' exists in type '${this.typeName}'`);
    const steps: Array<{ name: string; args?: Node[] }> = [];
    while (this.isOp(".")) {
      this.index++;
      const name = this.next();
      if (name.kind !== "ident") throw new QueryParseError("Identifier expected after '.'");
      if (this.isOp("(")) {
        this.index++;
        const args: Node[] = [];
        while (!this.isOp(")")) {
          args.push(this.parseOr());
          if (!this.isOp(")")) this.expectOp(",");
        }
        this.index++;
        steps.push({ name: name.text, args });
      } else {
        steps.push({ name: name.text });
      }
    }
    return { kind: "member", root, steps };
  }

  private parseDateTime(): { date: number } {
    this.expectOp("(");
    const parts: number[] = [];
    while (!this.isOp(")")) {
      const n = this.next();
      if (n.kind !== "number") throw new QueryParseError("DateTime() expects numbers");
      parts.push(n.value);
      if (!this.isOp(")")) this.expectOp(",");
    }
    this.index++;
    const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0] = parts;
    if (year === undefined || parts.length < 3)
      throw new QueryParseError("DateTime() expects year, month and day");
    return { date: Date.UTC(year, month - 1, day, hour, minute, second) };
  }
}
