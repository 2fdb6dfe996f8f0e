/**
 * One policy for every text a person or a program sends in, applied before any schema sees it:
 *
 * - **Control characters are refused**, not stripped: C0 (U+0000–U+001F) but tab, line feed and
 *   carriage return, DEL and C1 (U+007F–U+009F). A NUL used to truncate a name silently; a text that
 *   carries one is binary, damaged or an attack, and removing it quietly would store something nobody
 *   typed. Refusing names the field, so the sender learns what is wrong. A broken character (half
 *   of a UTF-16 surrogate pair, which cannot be stored as UTF-8) is refused the same way.
 * - **Bidi overrides and isolates** (U+202A–U+202E, U+2066–U+2069) **and zero-width characters**
 *   (U+200B–U+200D, U+2060, U+FEFF) **are removed**: they are invisible, a person cannot have meant
 *   them in a CRM field, and they make two equal-looking names differ (duplicates, search) or make a
 *   name read backwards («Trojan Source»).
 * - **Line breaks**: `\r\n` and a lone `\r` become `\n`. In a one-line text (a name, a title) tabs
 *   and line breaks become one space — what a paste from a spreadsheet cell carries is whitespace,
 *   not a reason to refuse the value.
 * - **Unicode NFC**, so «й» typed as «и» + combining breve equals the precomposed «й».
 */
export type TextShape = "line" | "multiline";

/** A text cleaned by the policy, or refused for a control character. */
export type NormalizedText = { ok: true; value: string } | { ok: false; reason: "control" };

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const halfPair = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const invisible = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
const lineEnds = /\r\n?/g;
const lineBreaks = /[\t\n]+/g;

/** True when `text` holds a character the policy refuses (NUL and other controls, half a surrogate pair). */
export function hasRefusedControl(text: string): boolean {
  return controls.test(text) || halfPair.test(text);
}

/**
 * `text` under the input policy (see the module comment); `shape` "line" folds tabs and line
 * breaks to one space.
 *
 * @example normalizeText("Ром\u200bашка\u202e", "line") // { ok: true, value: "Ромашка" }
 * @example normalizeText("Ромашка\u0000", "line") // { ok: false, reason: "control" }
 */
export function normalizeText(text: string, shape: TextShape = "multiline"): NormalizedText {
  if (hasRefusedControl(text)) return { ok: false, reason: "control" };
  const visible = text.replace(invisible, "").replace(lineEnds, "\n");
  const value = shape === "line" ? visible.replace(lineBreaks, " ") : visible;
  return { ok: true, value: value.normalize("NFC") };
}
