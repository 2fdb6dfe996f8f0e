/**
 * How much of the client's budget for what we sell we take: 12-month revenue ÷ the potential the
 * farmer entered (can exceed 1 when the potential was underestimated); null without a potential.
 *
 * @example shareOfWallet(300_000_00, 1_200_000_00) // 0.25
 */
export function shareOfWallet(revenue12mMinor: number, potentialMinor: number | null): number | null {
  if (potentialMinor === null || potentialMinor <= 0) return null;
  return Math.max(0, revenue12mMinor) / potentialMinor;
}
