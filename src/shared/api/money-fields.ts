import { z } from "zod";
import { decimalProblem } from "../money/decimal.js";

/**
 * A decimal amount sent as a string ("120.50"), checked with the money library's own parser,
 * so what the API accepts is exactly what Kontor can compute with. Never a JSON number.
 */
export function decimalString(options: { maxDecimals: number; min?: "zero" | "positive"; example?: string }) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = decimalProblem(value, { maxDecimals: options.maxDecimals });
      if (problem) {
        ctx.addIssue({ code: "custom", message: problem });
        return;
      }
      if ((value.replace(/^[+-]/, "").split(".")[0] ?? "").replace(/^0+/, "").length > 12) {
        ctx.addIssue({ code: "custom", message: "Use at most 12 digits before the decimal point." });
        return;
      }
      const negative = value.startsWith("-") && /[1-9]/.test(value);
      const zero = !/[1-9]/.test(value);
      if (options.min === "zero" && negative) ctx.addIssue({ code: "custom", message: "Use 0 or more." });
      if (options.min === "positive" && (negative || zero))
        ctx.addIssue({ code: "custom", message: "Use a number above 0." });
    })
    .meta({
      description: `A decimal number as a string, at most ${options.maxDecimals} decimals.`,
      example: options.example ?? "1.00",
    });
}

/** A calendar date as users think of it (a day, not an instant): `YYYY-MM-DD`. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD.")
  .refine((value) => {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "This date does not exist.")
  .meta({ example: "2026-11-30" });

/** A billing period, one month: `YYYY-MM`. */
export const Period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month as YYYY-MM.")
  .meta({ example: "2026-11" });
