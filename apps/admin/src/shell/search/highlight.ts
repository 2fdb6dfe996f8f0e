/** A piece of a shown text: whether it is the part that matched the search. */
export type TextPiece = { text: string; matched: boolean };

/**
 * Splits `text` around the first place that holds the search text `q`, ignoring case (Cyrillic
 * too), so the matched part can be marked; the whole text unmarked when it does not hold `q`.
 *
 * @example highlight("ООО «Ромашка»", "ром") // [{ text: "ООО «", matched: false }, { text: "Ром", matched: true }, { text: "ашка»", matched: false }]
 */
export function highlight(text: string, q: string): TextPiece[] {
  const needle = q.trim().toLocaleLowerCase("ru");
  const at = needle ? text.toLocaleLowerCase("ru").indexOf(needle) : -1;
  if (at < 0) return [{ text, matched: false }];
  const end = at + needle.length;
  return [
    { text: text.slice(0, at), matched: false },
    { text: text.slice(at, end), matched: true },
    { text: text.slice(end), matched: false },
  ].filter((piece) => piece.text !== "");
}
