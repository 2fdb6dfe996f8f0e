const weights = {
  10: [2, 4, 10, 3, 5, 9, 4, 6, 8],
  11: [7, 2, 4, 10, 3, 5, 9, 4, 6, 8],
  12: [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8],
} as const;

const digit = (inn: string, w: readonly number[]) =>
  String((w.reduce((sum, k, i) => sum + k * Number(inn[i]), 0) % 11) % 10);

/**
 * The INN worth asking the registry about: 10 or 12 digits with matching check digits (mirrors
 * `validateInn` of `@quartet/core`, which the server applies again), spaces dropped; else null.
 *
 * @example lookupInn("7707 083 893") // "7707083893"
 */
export function lookupInn(value: string): string | null {
  const inn = value.replace(/\s+/g, "");
  if (!/^(\d{10}|\d{12})$/.test(inn) || inn.startsWith("00")) return null;
  if (inn.length === 10) return digit(inn, weights[10]) === inn[9] ? inn : null;
  return digit(inn, weights[11]) === inn[10] && digit(inn, weights[12]) === inn[11] ? inn : null;
}
