import { describe, expect, it } from "vitest";
import { reasonKey, reasonsSetting } from "./reason-drafts.ts";

describe("reasonKey", () => {
  it.each([
    ["Too slow", [], "too-slow"],
    ["Too slow", ["too-slow"], "too-slow-2"],
    ["Дорого", [], "reason"],
    ["  --Price!! ", ["price"], "price-2"],
  ] as const)("%s with %o → %s", (name, taken, key) => {
    expect(reasonKey(name, taken)).toBe(key);
  });
});

describe("reasonsSetting", () => {
  it("keeps existing keys and gives new reasons unique ones", () => {
    expect(
      reasonsSetting([
        { key: "price", ru: " Дорого ", en: "Price", requiresNote: false },
        { key: "", ru: "Долго", en: "Price", requiresNote: true },
      ]),
    ).toEqual([
      { key: "price", label: { ru: "Дорого", en: "Price" }, requiresNote: false },
      { key: "price-2", label: { ru: "Долго", en: "Price" }, requiresNote: true },
    ]);
  });
});
