import { fieldRefusal, documentMoneyMessages as m } from "./vat-messages.ts";

/** A line's quantity: decimal text (`"2"`, `"1,5"`, `"0.125"`) or a whole number of thousandths. */
export type LineQuantity = string | { readonly thousandths: number };

const quantityPattern = /^(\d+)(?:[.,](\d+))?$/;

/**
 * The quantity in thousandths (`"1,5"` → 1500), exact: up to three decimals (grams of a
 * kilogram, a thousandth of a unit), more only when they are zeros. Throws `BAD_INPUT` naming
 * `field` on anything that is not a positive number.
 *
 * @example quantityThousandths("0,125", "lines.0.quantity") // 125n
 */
export function quantityThousandths(quantity: LineQuantity, field: string): bigint {
  const thousandths = typeof quantity === "string" ? parse(quantity.trim()) : whole(quantity.thousandths);
  if (thousandths === null || thousandths <= 0n) {
    const value = typeof quantity === "string" ? quantity : `${quantity.thousandths}/1000`;
    throw fieldRefusal(m.quantity, field, { value });
  }
  return thousandths;
}

function parse(text: string): bigint | null {
  const match = quantityPattern.exec(text);
  if (!match) return null;
  const [, integer = "", fraction = ""] = match;
  const significant = fraction.replace(/0+$/, "");
  if (significant.length > 3) return null;
  return BigInt(integer + significant.padEnd(3, "0"));
}

function whole(thousandths: number): bigint | null {
  return Number.isSafeInteger(thousandths) ? BigInt(thousandths) : null;
}
