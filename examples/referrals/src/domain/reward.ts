/**
 * The reward for one payment of a referred client: `percent` of it in minor units, rounded half up
 * to the kopeck. Integer arithmetic only, so no float ever touches money.
 *
 * @example rewardFor(1_999_99, 5) // 1_00_00 (99 999.95 kopecks rounded up)
 */
export function rewardFor(paymentMinor: number, percent: number): number {
  if (paymentMinor <= 0 || percent <= 0) return 0;
  return Math.floor((paymentMinor * percent + 50) / 100);
}

/** Sums amounts per currency, currencies in alphabetical order: what a list of rewards is worth. */
export function totalsByCurrency(
  amounts: readonly { amountMinor: number; currency: string }[],
): { amountMinor: number; currency: string }[] {
  const sums = new Map<string, number>();
  for (const a of amounts) sums.set(a.currency, (sums.get(a.currency) ?? 0) + a.amountMinor);
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amountMinor]) => ({ amountMinor, currency }));
}
