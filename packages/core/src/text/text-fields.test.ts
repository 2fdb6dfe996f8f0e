import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cleanText, optionalText } from "./text-fields.ts";

describe("text fields", () => {
  it.each<[string, z.ZodType, unknown, unknown]>([
    ["cleanText removes invisible characters and trims", cleanText(20), " Ром\u200bашка\u202e ", "Ромашка"],
    ["cleanText folds line breaks of a line", cleanText(20), "ООО\nРомашка", "ООО Ромашка"],
    ["cleanText keeps line breaks of a multi-line text", cleanText(20, "multiline"), "a\r\nb", "a\nb"],
    ["cleanText composes to NFC", cleanText(20), "и\u0306", "й"],
    ["optionalText turns invisible-only text into null", optionalText(10), "\u200b\ufeff", null],
  ])("%s", (_, schema, input, output) => {
    expect(schema.parse(input)).toEqual(output);
  });

  it("refuses a NUL with the control-character message, not a truncated name", () => {
    const result = z.object({ name: cleanText(100) }).safeParse({ name: "Ромашка\u0000ООО" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ["name"], message: "core.input.controlCharacter" }]);
  });

  it("counts the limit after cleaning", () => {
    expect(cleanText(3).parse("a\u200bb\u200bc")).toBe("abc");
    expect(cleanText(3).safeParse("abcd").success).toBe(false);
  });
});
