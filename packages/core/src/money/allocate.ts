import { DomainError } from "../errors.ts";
import { clientMessages } from "../messages/catalogs/clients.ts";
import { pow10, toDecimal } from "./decimal.ts";
import { type Money, money } from "./money.ts";

/**
 * Splits `m` in proportion to `ratios` so that the parts add up exactly to `m` (largest
 * remainder, after Fowler): each part gets its share rounded down, then the kopecks left over
 * go one each to the parts with the largest remainders, earlier parts first on a tie. A
 * negative amount splits like its absolute value, negated; a zero ratio gets zero. Throws
 * `BAD_INPUT` on no ratios, a negative or non-finite ratio, or ratios that are all zero.
 *
 * @example allocate(money(100, "RUB"), [1, 1, 1]) // 34, 33, 33 kopecks
 */
export function allocate(m: Money, ratios: readonly number[]): Money[] {
  const weights = exactWeights(ratios);
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n) throw new DomainError("BAD_INPUT", clientMessages.allZeroRatios);

  const amount = BigInt(Math.abs(m.amountMinor));
  const shares = weights.map((w) => (amount * w) / total);
  const remainders = weights.map((w) => (amount * w) % total);
  let leftover = amount - shares.reduce((a, b) => a + b, 0n);
  const byRemainder = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((x, y) => (x.remainder === y.remainder ? x.index - y.index : x.remainder > y.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftover--;
  }
  const sign = m.amountMinor < 0 ? -1 : 1;
  return shares.map((share) => money(sign * Number(share), m.currency));
}

// Ratios as integers on one decimal scale, so [0.7, 0.3] weighs exactly 7 : 3.
function exactWeights(ratios: readonly number[]): bigint[] {
  if (ratios.length === 0) throw new DomainError("BAD_INPUT", clientMessages.noRatios);
  const decimals = ratios.map((ratio) => {
    if (!(Number.isFinite(ratio) && ratio >= 0)) {
      throw new DomainError("BAD_INPUT", clientMessages.ratiosFinite, { params: { ratio } });
    }
    return toDecimal(ratio);
  });
  const scale = Math.max(...decimals.map((d) => d.scale));
  return decimals.map((d) => d.digits * pow10(scale - d.scale));
}
