/**
 * Query parameters the way Xero reads them: names ignore case (`page`, `Page`), unknown ones
 * are ignored, lists are comma-separated and may be quoted (`IDs="a","b"`).
 */
export class XeroQuery {
  private readonly values = new Map<string, string>();
  readonly raw: string;

  constructor(url: string) {
    const parsed = new URL(url);
    for (const [key, value] of parsed.searchParams) {
      const name = key.toLowerCase();
      if (!this.values.has(name)) this.values.set(name, value);
    }
    this.raw = [...parsed.searchParams.entries()]
      .map(([k, v]) => `${k.toLowerCase()}=${v}`)
      .sort()
      .join("&");
  }

  get(name: string): string | undefined {
    const value = this.values.get(name.toLowerCase());
    return value === undefined || value === "" ? undefined : value;
  }

  bool(name: string): boolean | undefined {
    const value = this.get(name)?.toLowerCase();
    if (value === "true") return true;
    if (value === "false") return false;
    return undefined;
  }

  int(name: string): number | undefined {
    const value = this.get(name);
    if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
    return Number.parseInt(value, 10);
  }

  list(name: string): string[] | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    return value
      .split(",")
      .map((v) =>
        v
          .trim()
          .replace(/^"(.*)"$/, "$1")
          .trim(),
      )
      .filter((v) => v.length > 0);
  }
}
