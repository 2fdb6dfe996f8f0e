import { describe, expect, it } from "vitest";
import { normalizeInputTexts } from "./normalize-input.ts";

describe("normalizeInputTexts", () => {
  it("cleans every string at any depth and keeps other values", () => {
    const at = new Date(0);
    const input = {
      name: "Ром\u200bашка",
      note: "a\r\nb",
      contacts: [{ name: "\u202eИван" }],
      custom: { "по\u200bле": "x\ufeff" },
      amount: 5,
      paid: true,
      at,
      none: null,
    };
    expect(normalizeInputTexts(input)).toEqual({
      ok: true,
      value: {
        name: "Ромашка",
        note: "a\nb",
        contacts: [{ name: "Иван" }],
        custom: { поле: "x" },
        amount: 5,
        paid: true,
        at,
        none: null,
      },
    });
  });

  it("names every field with a control character", () => {
    const input = { name: "A\u0000", contacts: [{ name: "ok" }, { position: "\u0007" }], tags: ["x"] };
    expect(normalizeInputTexts(input)).toEqual({ ok: false, paths: ["name", "contacts.1.position"] });
  });

  it.each([
    ["a bare string", "a\u200b", { ok: true, value: "a" }],
    ["a refused bare string", "\u0000", { ok: false, paths: ["(root)"] }],
    ["no input", undefined, { ok: true, value: undefined }],
  ])("%s", (_, input, result) => {
    expect(normalizeInputTexts(input)).toEqual(result);
  });
});
