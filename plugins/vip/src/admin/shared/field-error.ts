/** The server's field messages (English, as every server message) and the keys that say them. */
const patterns: readonly [RegExp, string][] = [
  [/^At most two decimals/, "decimals"],
  [/^At most (\d[\d.]*)/, "atMost"],
  [/^At least a quarter of an hour/, "quarters"],
  [/^At least one working day/, "oneWorkday"],
  [/^At least (\d[\d.]*)/, "atLeast"],
  [/^Cannot be negative/, "negative"],
  [/^Set an amount above zero/, "aboveZero"],
  [/^(Whole|A whole number)/, "whole"],
  [/^Name it in/, "required"],
  [/^A time as HH:MM/, "time"],
  [/^The day must end after it starts/, "dayEnds"],
  [/^This date is listed twice/, "twice"],
  [/^This date is also a holiday/, "alsoHoliday"],
  [/^In quarters of an hour/, "quarters"],
];

/**
 * Which `fieldErrors` message says a server's field message, with its number.
 *
 * @example fieldErrorKey("At most 730 days") // { key: "atMost", n: "730" }
 */
export function fieldErrorKey(message: string): { key: string; n?: string } {
  for (const [pattern, key] of patterns) {
    const match = pattern.exec(message);
    if (match) return match[1] && /\d/.test(match[1]) ? { key, n: match[1] } : { key };
  }
  return { key: "check" };
}
