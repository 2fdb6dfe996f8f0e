/**
 * Speed to lead: how long a request waited for its first human action (a reply, a triage),
 * or null while nobody has acted.
 */
export function speedToLeadMs(receivedAt: number, firstActionAt: number | null): number | null {
  return firstActionAt === null ? null : Math.max(0, firstActionAt - receivedAt);
}

/** The median of numbers (the mean of the middle two for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] ?? null;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
