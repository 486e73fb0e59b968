/**
 * Fixed-point decimals: an amount is an integer scaled by 10^dp (money in cents is dp 2,
 * unit amounts and quantities dp 4, tax rates dp 4). Arithmetic runs on bigint so sums and
 * products never pick up binary floating-point error; JSON numbers are produced only at the edge.
 */

export type ParsedDecimal = { kind: "missing" } | { kind: "invalid" } | { kind: "ok"; scaled: bigint };

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^([+-])?\.(\d+)(?:[eE]([+-]?\d+))?$/;

/**
 * Integer division rounding half away from zero. Xero documents that it rounds each line to
 * cents, not its midpoint rule; commercial rounding is the sandbox's assumption.
 */
export function roundDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (d * 2n);
  return negative ? -q : q;
}

export function pow10(exp: number): bigint {
  return 10n ** BigInt(exp);
}

/**
 * Reads a JSON number or numeric string (Xero's JSON reader accepts both) and rounds it to
 * `dp` decimals. `null`/`undefined` are "missing"; anything else non-numeric is "invalid".
 */
export function parseDecimal(value: unknown, dp: number): ParsedDecimal {
  if (value === undefined || value === null || value === "") return { kind: "missing" };
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "invalid" };
    text = String(value);
  } else if (typeof value === "string") {
    text = value.trim();
  } else {
    return { kind: "invalid" };
  }
  const m = DECIMAL.exec(text);
  if (!m) return { kind: "invalid" };
  const sign = m[1] ?? m[5] ?? "+";
  const intPart = m[2] ?? "0";
  const fracPart = m[3] ?? m[6] ?? "";
  const exponent = Number.parseInt(m[4] ?? m[7] ?? "0", 10);
  const digits = BigInt(`${intPart}${fracPart}` || "0");
  // value = digits * 10^(exponent - fracPart.length); we want value * 10^dp
  const shift = exponent - fracPart.length + dp;
  const scaled = shift >= 0 ? digits * pow10(shift) : roundDiv(digits, pow10(-shift));
  return { kind: "ok", scaled: sign === "-" ? -scaled : scaled };
}

/** Changes the scale of a fixed-point value, rounding half away from zero when it shrinks. */
export function rescale(value: bigint, fromDp: number, toDp: number): bigint {
  if (toDp >= fromDp) return value * pow10(toDp - fromDp);
  return roundDiv(value, pow10(fromDp - toDp));
}

/** The JSON number for a fixed-point value (exact: an integer divided by a power of ten). */
export function toNumber(value: bigint | number, dp: number): number {
  const n = typeof value === "bigint" ? Number(value) : value;
  return dp === 0 ? n : n / 10 ** dp;
}

export function sum(values: readonly bigint[]): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}
