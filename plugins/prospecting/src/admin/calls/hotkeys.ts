/** The call outcomes in hotkey order: `1` is the first. Mirrors the server's `dispositions`. */
export const dispositionKeys = [
  "no-answer",
  "busy",
  "wrong-number",
  "not-interested",
  "callback",
  "interested",
  "do-not-call",
] as const;

/** A call outcome. */
export type Disposition = (typeof dispositionKeys)[number];

/** What a key press on the call screen asks for: the next record, an outcome, or nothing. */
export function commandOfKey(
  key: string,
): { kind: "next" } | { kind: "dispose"; disposition: Disposition } | null {
  if (key === "n" || key === "N" || key === "т" || key === "Т") return { kind: "next" };
  const index = Number.parseInt(key, 10);
  const disposition = Number.isInteger(index) ? dispositionKeys[index - 1] : undefined;
  return disposition ? { kind: "dispose", disposition } : null;
}

// The top letter row on Latin and Russian keyboards: the same physical keys answer a question.
const latinRow = "qwertyuiop";
const russianRow = "йцукенгшщз";

/** The letter shown on the `index`-th answer of a question (Q, W, E, …), or null past ten. */
export function answerKeyOf(index: number): string | null {
  return latinRow[index]?.toUpperCase() ?? null;
}

/** The answer a key picks among `count` answers (Q = the first), or null. */
export function answerIndexOfKey(key: string, count: number): number | null {
  const lower = key.toLowerCase();
  const index = Math.max(latinRow.indexOf(lower), russianRow.indexOf(lower));
  return lower.length === 1 && index >= 0 && index < count ? index : null;
}
