/**
 * A number as a Russian or English user types it: spaces (also non-breaking) between thousands,
 * a comma or a dot before the fraction. Null when it is not a number.
 *
 * @example parseDecimal("1 234,5") // 1234.5
 */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(compact)) return null;
  return Number(compact);
}

/**
 * An amount typed in major units (roubles) as integer minor units (kopecks), or null when it is
 * not a number or has more decimals than the currency.
 *
 * @example amountMinorOf("12 500,50") // 1250050
 */
export function amountMinorOf(text: string, digits = 2): number | null {
  const value = parseDecimal(text);
  if (value === null) return null;
  const fraction = text.replace(/[\s\u00a0\u202f]/g, "").split(/[.,]/)[1] ?? "";
  if (fraction.length > digits) return null;
  return Math.round(value * 10 ** digits);
}

/** Minor units as the plain number a form field shows: `minorToText(1250050) // "12500.5"`. */
export function minorToText(minor: number, digits = 2): string {
  return String(minor / 10 ** digits);
}
