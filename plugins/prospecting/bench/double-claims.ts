/** One claim as a simulated caller saw it: held from `claimedAt` (the claim answered) to `releasedAt` (the release was sent). */
export type ClaimLogEntry = { recordId: string; caller: string; claimedAt: number; releasedAt: number };

/**
 * Claims of a record that overlap another caller's hold of it. Each interval lies inside the
 * true hold (the claim committed before it answered; the release commits after it is sent), so
 * every overlap found is a real double claim.
 */
export function doubleClaims(log: readonly ClaimLogEntry[]): number {
  const byRecord = new Map<string, ClaimLogEntry[]>();
  for (const entry of log) {
    const entries = byRecord.get(entry.recordId);
    if (entries) entries.push(entry);
    else byRecord.set(entry.recordId, [entry]);
  }
  let doubles = 0;
  for (const entries of byRecord.values()) {
    entries.sort((a, b) => a.claimedAt - b.claimedAt);
    let holder = entries[0];
    for (const entry of entries.slice(1)) {
      if (holder && entry.claimedAt < holder.releasedAt && entry.caller !== holder.caller) doubles++;
      if (!holder || entry.releasedAt > holder.releasedAt) holder = entry;
    }
  }
  return doubles;
}
