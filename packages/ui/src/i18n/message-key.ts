/** A server message the interface words: its pattern, the dictionary key, and the names of its captures. */
export type KnownMessage = readonly [pattern: RegExp, key: string, captures: readonly string[]];

/**
 * The dictionary key (with values from the captures) of the first known message `message`
 * matches, or null: how a plugin words a server's English refusal in the user's language.
 *
 * @example messageKey([[/^The deal is invoiced already: order (.+)$/, "invoiced", ["number"]]], "The deal is invoiced already: order 7") // { key: "invoiced", params: { number: "7" } }
 */
export function messageKey(
  known: readonly KnownMessage[],
  message: string,
): { key: string; params?: Record<string, string> } | null {
  for (const [pattern, key, captures] of known) {
    const match = pattern.exec(message);
    if (!match) continue;
    if (captures.length === 0) return { key };
    return { key, params: Object.fromEntries(captures.map((name, i) => [name, match[i + 1] ?? ""])) };
  }
  return null;
}
