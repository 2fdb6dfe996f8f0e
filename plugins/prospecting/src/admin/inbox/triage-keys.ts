/** What a key press on the inbox asks for. */
export type TriageCommand = "next" | "previous" | "qualify" | "merge" | "dismiss";

// Latin keys and the Russian letters on the same physical keys, so the layout does not matter.
const keys: Readonly<Record<string, TriageCommand>> = {
  j: "next",
  о: "next",
  k: "previous",
  л: "previous",
  q: "qualify",
  й: "qualify",
  m: "merge",
  ь: "merge",
  d: "dismiss",
  в: "dismiss",
};

/** The inbox command of a key, or null: `j`/`k` move, `q` qualifies, `m` merges, `d` dismisses. */
export function triageCommandOf(key: string): TriageCommand | null {
  return keys[key.toLowerCase()] ?? null;
}
