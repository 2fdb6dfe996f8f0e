// Latin keys and the Russian letters on the same physical keys, so the keyboard layout does not matter.
const moves: Readonly<Record<string, 1 | -1>> = { j: 1, о: 1, ArrowDown: 1, k: -1, л: -1, ArrowUp: -1 };

/** How far a key moves the day's selection: `j` (or ↓) one down, `k` (or ↑) one up; null for other keys. */
export function dayMoveOf(key: string): 1 | -1 | null {
  return moves[key.length === 1 ? key.toLowerCase() : key] ?? null;
}

/** The row a move lands on, kept within the list (`-1` for an empty one). */
export function nextRow(current: number, by: 1 | -1, count: number): number {
  if (count === 0) return -1;
  return Math.min(count - 1, Math.max(0, current + by));
}
