import { DomainError } from "../errors.ts";
import { clientMessages } from "../messages/catalogs/clients.ts";

/** An exact decimal: `digits × 10^-scale`, with `scale ≥ 0`. */
export type Decimal = { digits: bigint; scale: number };

/**
 * The exact decimal a finite number reads as (its shortest round-trip text), so `1.1` is
 * 11 × 10^-1 and not the binary fraction nearest to it. Throws `BAD_INPUT` on NaN or ±Infinity.
 */
export function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value))
    throw new DomainError("BAD_INPUT", clientMessages.finiteNumber, { params: { value } });
  const [mantissa = "", exponent = "0"] = String(value).split("e");
  const [whole = "", fraction = ""] = mantissa.split(".");
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(whole + fraction);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** `10^n` as a bigint. */
export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}
