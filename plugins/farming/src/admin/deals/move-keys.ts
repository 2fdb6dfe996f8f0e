/** The direction a key moves a card between stages: `[` and ← back, `]` and → on; null for any other key. */
export function moveOfKey(key: string): -1 | 1 | null {
  if (key === "[" || key === "х" || key === "ArrowLeft") return -1;
  if (key === "]" || key === "ъ" || key === "ArrowRight") return 1;
  return null;
}

/** The key of the stage `by` steps from `current` in `stages`, or null at either end (or for an unknown stage). */
export function neighbourStage(
  stages: readonly { key: string }[],
  current: string,
  by: -1 | 1,
): string | null {
  const index = stages.findIndex((s) => s.key === current);
  if (index < 0) return null;
  return stages[index + by]?.key ?? null;
}
