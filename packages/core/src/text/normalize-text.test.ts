import { describe, expect, it } from "vitest";
import { normalizeText, type TextShape } from "./normalize-text.ts";

describe("normalizeText", () => {
  it.each<[string, string, TextShape, string]>([
    ["keeps plain text", "ООО «Ромашка»", "line", "ООО «Ромашка»"],
    ["removes a zero-width space", "Ром\u200bашка", "line", "Ромашка"],
    ["removes zero-width joiners and the word joiner", "a\u200cb\u200dc\u2060d", "line", "abcd"],
    ["removes a byte-order mark", "\ufeffИванов", "line", "Иванов"],
    ["removes a right-to-left override", "\u202eакшамоР", "line", "акшамоР"],
    ["removes every bidi embedding and override", "\u202a\u202b\u202c\u202d\u202ex", "line", "x"],
    ["removes bidi isolates", "\u2066a\u2067b\u2068c\u2069", "line", "abc"],
    ["composes to NFC", "и\u0306", "line", "й"],
    ["composes after removing", "e\u200b\u0301", "line", "é"],
    ["folds a tab in a line", "Иванов\tИван", "line", "Иванов Иван"],
    ["folds line breaks in a line", "ООО\r\n\nРомашка", "line", "ООО Ромашка"],
    ["keeps a tab in a multi-line text", "a\tb", "multiline", "a\tb"],
    ["keeps line breaks in a multi-line text", "a\nb", "multiline", "a\nb"],
    ["turns CRLF into LF", "a\r\nb", "multiline", "a\nb"],
    ["turns a lone CR into LF", "a\rb", "multiline", "a\nb"],
    ["keeps emoji without joiners", "🙂 ok", "line", "🙂 ok"],
    ["keeps a whole surrogate pair", "a\ud83d\ude42", "line", "a🙂"],
  ])("%s", (_, input, shape, value) => {
    expect(normalizeText(input, shape)).toEqual({ ok: true, value });
  });

  it.each([
    ["NUL", "Ромашка\u0000 и Ко"],
    ["bell", "a\u0007"],
    ["vertical tab", "a\u000bb"],
    ["form feed", "a\u000cb"],
    ["escape", "\u001b[31mred"],
    ["unit separator", "a\u001f"],
    ["DEL", "a\u007f"],
    ["C1 control", "a\u0085b"],
    ["half of a surrogate pair", "a\ud800b"],
    ["a lone low surrogate", "\udc00a"],
  ])("refuses %s in either shape", (_, input) => {
    expect(normalizeText(input, "line")).toEqual({ ok: false, reason: "control" });
    expect(normalizeText(input, "multiline")).toEqual({ ok: false, reason: "control" });
  });
});
