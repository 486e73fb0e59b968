/**
 * Exact decimal numbers for money, quantities and rates: a bigint count of units at a decimal
 * scale (12.34 is 1234 units at scale 2). Never a JavaScript number, so 0.1 + 0.2 is 0.3 and a
 * billion pounds keeps its pennies. Shared by the server and the web app.
 *
 * Rounding is always half away from zero (2.165 → 2.17, −2.165 → −2.17): Xero's "Tax and the
 * Xero API" guide rounds a tax of 4.545 to 4.55, and its staff describe 2.165 → 2.17.
 */

/** Why a text is not a decimal number; the message says it in the user's words. */
export type DecimalProblem = "empty" | "exponent" | "separator" | "format" | "too-many-decimals" | "too-long";

export class DecimalError extends Error {
  constructor(
    readonly problem: DecimalProblem,
    message: string,
  ) {
    super(message);
    this.name = "DecimalError";
  }
}

export interface ParseOptions {
  /** Refuse a value with more significant decimals than this (trailing zeros do not count). */
  maxDecimals?: number;
}

/** Longer texts are refused before any arithmetic (no one bills 10^60 of anything). */
const MAX_LENGTH = 40;
const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const EXPONENT = /^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;

export class Decimal {
  static readonly ZERO = new Decimal(0n, 0);

  /** The value is `units × 10^−scale`; scale is a non-negative integer. */
  private constructor(
    readonly units: bigint,
    readonly scale: number,
  ) {}

  /**
   * A plain decimal string: optional sign, digits, optionally "." and digits ("-12.50",
   * "007", "+3"). Refused, with a DecimalError saying why: "", " 1", "1e3", "1,5", "1 000",
   * ".5", "5.", "NaN", "Infinity", more than `maxDecimals` significant decimals, over 40
   * characters. "-0" is zero.
   */
  static parse(text: string, options: ParseOptions = {}): Decimal {
    const problem = diagnose(text, options);
    if (problem) throw problem;
    const [, sign, whole, fraction = ""] = PLAIN.exec(text)!;
    const units = BigInt(whole! + fraction);
    return new Decimal(sign === "-" ? -units : units, fraction.length);
  }

  /** `units` minor units at `scale` decimals: `Decimal.fromUnits(1234n, 2)` is 12.34. */
  static fromUnits(units: bigint, scale: number): Decimal {
    if (!Number.isSafeInteger(scale) || scale < 0) throw new RangeError(`Invalid decimal scale ${scale}.`);
    return new Decimal(units, scale);
  }

  /** A whole number; a `number` must be a safe integer (never a fraction). */
  static fromInteger(value: number | bigint): Decimal {
    if (typeof value === "number" && !Number.isSafeInteger(value)) {
      throw new RangeError(`${value} is not a safe integer; parse a decimal string instead.`);
    }
    return new Decimal(BigInt(value), 0);
  }

  static sum(values: Iterable<Decimal>): Decimal {
    let total = Decimal.ZERO;
    for (const value of values) total = total.plus(value);
    return total;
  }

  plus(other: Decimal): Decimal {
    const scale = Math.max(this.scale, other.scale);
    return new Decimal(this.unitsAt(scale) + other.unitsAt(scale), scale);
  }

  minus(other: Decimal): Decimal {
    return this.plus(other.negated());
  }

  times(other: Decimal): Decimal {
    return new Decimal(this.units * other.units, this.scale + other.scale);
  }

  negated(): Decimal {
    return new Decimal(-this.units, this.scale);
  }

  abs(): Decimal {
    return this.units < 0n ? this.negated() : this;
  }

  /** This ÷ divisor, rounded half away from zero to `dp` decimals. */
  dividedBy(divisor: Decimal, dp: number): Decimal {
    checkDp(dp);
    if (divisor.units === 0n) throw new RangeError("Division by zero.");
    // value / divisor = (units × 10^divisor.scale) / (divisor.units × 10^scale); shift by dp.
    const numerator = this.units * 10n ** BigInt(divisor.scale + dp);
    const denominator = divisor.units * 10n ** BigInt(this.scale);
    return new Decimal(divideRounded(numerator, denominator), dp);
  }

  /** Rounded half away from zero to `dp` decimals (unchanged when it has no more than `dp`). */
  round(dp: number): Decimal {
    checkDp(dp);
    if (dp >= this.scale) return new Decimal(this.unitsAt(dp), dp);
    return new Decimal(divideRounded(this.units, 10n ** BigInt(this.scale - dp)), dp);
  }

  compare(other: Decimal): -1 | 0 | 1 {
    const scale = Math.max(this.scale, other.scale);
    const a = this.unitsAt(scale);
    const b = other.unitsAt(scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  equals(other: Decimal): boolean {
    return this.compare(other) === 0;
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  isNegative(): boolean {
    return this.units < 0n;
  }

  isPositive(): boolean {
    return this.units > 0n;
  }

  /** Significant decimals: 1.50 has 1, 100 has 0. */
  decimals(): number {
    return this.trimmed().scale;
  }

  /** Exactly `dp` decimals ("12.50"). Never rounds: a value with more decimals is a RangeError. */
  toFixed(dp: number): string {
    checkDp(dp);
    const trimmed = this.trimmed();
    if (trimmed.scale > dp) {
      throw new RangeError(`${trimmed.toString()} has more than ${dp} decimals; round it first.`);
    }
    return format(trimmed.unitsAt(dp), dp);
  }

  /** The shortest exact form: "12.5", "100", "-0.01"; zero is "0", never "-0". */
  toString(): string {
    const { units, scale } = this.trimmed();
    return format(units, scale);
  }

  toJSON(): string {
    return this.toString();
  }

  /** The same value without trailing zero decimals. */
  private trimmed(): Decimal {
    let units = this.units;
    let scale = this.scale;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale--;
    }
    return scale === this.scale ? this : new Decimal(units, scale);
  }

  /** Units at a scale of at least the current one (exact; a smaller scale is a bug). */
  private unitsAt(scale: number): bigint {
    if (scale < this.scale) throw new RangeError(`Scale ${scale} would drop decimals of ${this.scale}.`);
    return scale === this.scale ? this.units : this.units * 10n ** BigInt(scale - this.scale);
  }
}

/** The message for a text that is not a decimal number, or null when it is one. */
export function decimalProblem(text: string, options: ParseOptions = {}): string | null {
  return diagnose(text, options)?.message ?? null;
}

function diagnose(text: string, { maxDecimals }: ParseOptions): DecimalError | null {
  if (text.trim() === "") return new DecimalError("empty", "Enter a number.");
  if (text.length > MAX_LENGTH) {
    return new DecimalError("too-long", `A number has at most ${MAX_LENGTH} characters.`);
  }
  const match = PLAIN.exec(text);
  if (!match) {
    const shown = JSON.stringify(text);
    if (EXPONENT.test(text)) {
      return new DecimalError(
        "exponent",
        `${shown} is not a plain number: write it out in digits, like 1000.`,
      );
    }
    if (/^[+-]?[\d.,' \u00a0]+$/.test(text) && /[, '\u00a0]/.test(text.trim())) {
      return new DecimalError(
        "separator",
        `${shown} is not a number: use "." for decimals and no thousands separators, like 1234.56.`,
      );
    }
    return new DecimalError(
      "format",
      `${shown} is not a number: write digits with an optional "-" and ".", like -1234.56.`,
    );
  }
  if (maxDecimals !== undefined) {
    const significant = (match[3] ?? "").replace(/0+$/, "").length;
    if (significant > maxDecimals) {
      return new DecimalError(
        "too-many-decimals",
        maxDecimals === 0 ? "Enter a whole number." : `Use at most ${maxDecimals} decimals.`,
      );
    }
  }
  return null;
}

function checkDp(dp: number): void {
  if (!Number.isSafeInteger(dp) || dp < 0) throw new RangeError(`Invalid number of decimals ${dp}.`);
}

/** numerator ÷ denominator rounded half away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  if ((n % d) * 2n >= d) quotient++;
  return negative ? -quotient : quotient;
}

function format(units: bigint, dp: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(dp + 1, "0");
  const whole = digits.slice(0, digits.length - dp);
  const text = dp === 0 ? whole : `${whole}.${digits.slice(digits.length - dp)}`;
  return negative ? `-${text}` : text;
}
