/** Which way a key moves a focused card: -1 to the previous stage, +1 to the next, 0 not at all. */
export function stepOfKey(key: string): -1 | 0 | 1 {
  if (key === "[" || key === "ArrowLeft") return -1;
  if (key === "]" || key === "ArrowRight") return 1;
  return 0;
}

/** The stage a card lands on after a step, or null past either end. */
export function neighbourStage<S extends { id: string }>(
  stages: readonly S[],
  fromId: string,
  step: -1 | 1,
): S | null {
  const index = stages.findIndex((stage) => stage.id === fromId);
  if (index < 0) return null;
  return stages[index + step] ?? null;
}
