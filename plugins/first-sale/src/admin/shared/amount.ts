/**
 * Minor units from what a person typed: spaces and a decimal comma allowed ("1 200,50" → 120050);
 * null for anything that is not a non-negative amount with at most two decimals.
 */
export function parseAmount(text: string): number | null {
  const clean = text.replace(/[\s\u00a0₽]/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  const [whole = "0", fraction = ""] = clean.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** A decimal number from what a person typed ("1,5" → 1.5); null when it is not one. */
export function parseDecimal(text: string): number | null {
  const clean = text.replace(/[\s\u00a0%]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}

/** Minor units as a person edits them: 120050 → "1200,50", 120000 → "1200". */
export function amountText(minor: number): string {
  const whole = Math.trunc(minor / 100);
  const cents = Math.abs(minor % 100);
  return cents ? `${whole},${String(cents).padStart(2, "0")}` : String(whole);
}

/**
 * A line's total as core computes an order line: the quantity times the price rounded to the
 * kopeck, less the discount rounded to the kopeck.
 *
 * @example lineTotalMinor(10_000, 3, 10) // 27_000
 */
export function lineTotalMinor(priceMinor: number, quantity: number, discountPercent: number): number {
  const subtotal = Math.round(priceMinor * quantity);
  return subtotal - Math.round((subtotal * discountPercent) / 100);
}
