import { rescale, toNumber } from "./decimal.js";
import type { XeroQuery } from "./query.js";

/**
 * `unitdp=4` opts in to four decimal places for unit amounts and item prices; otherwise Xero
 * rounds them to two, on the way in and on the way out. Totals are always two.
 */
export type UnitDp = 2 | 4;

export function unitDp(query: XeroQuery): UnitDp {
  return query.int("unitdp") === 4 ? 4 : 2;
}

/** A stored dp-4 unit amount as the JSON number a client sees at `dp`. */
export function unitAmountOut(scaled4: number, dp: UnitDp): number {
  return toNumber(rescale(BigInt(scaled4), 4, dp), dp);
}
