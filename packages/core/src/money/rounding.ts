/**
 * How a result between two kopecks is rounded. `half-up` (the default) rounds a tie away from
 * zero — 2.5 → 3, −2.5 → −3 — as Russian accounting, receipts (54-FZ) and `Intl` do;
 * `half-even` (banker's rounding) rounds a tie to the even neighbour — 2.5 → 2, 3.5 → 4 — so
 * ties do not drift upwards over many sums. Results that are not ties round to the nearest.
 */
export type Rounding = "half-up" | "half-even";

/** `numerator / denominator` rounded to an integer; `denominator` must be positive. */
export function divideRounded(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const awayFromZero = numerator < 0n ? quotient - 1n : quotient + 1n;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice > denominator) return awayFromZero;
  if (twice < denominator) return quotient;
  if (rounding === "half-up") return awayFromZero;
  return quotient % 2n === 0n ? quotient : awayFromZero;
}
