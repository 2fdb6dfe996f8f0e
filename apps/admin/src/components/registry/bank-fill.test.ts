import { describe, expect, it } from "vitest";
import { bankFills, lookupBik } from "./bank-fill.ts";
import { fillPatch } from "./party-fill.ts";

const sber = {
  bik: "044525225",
  name: "ПАО СБЕРБАНК",
  correspondentAccount: "30101810400000000225",
  address: null,
};

describe("bank fills", () => {
  it.each([
    ["044525225", "044525225"],
    ["04 452 5225", "044525225"],
    ["144525225", null],
    ["04452522", null],
  ])("lookupBik(%s) → %s", (input, expected) => {
    expect(lookupBik(input)).toBe(expected);
  });

  it("fills the bank's name and correspondent account, only where empty unless asked", () => {
    const fills = bankFills(sber);
    expect(fillPatch({ bankName: "", correspondentAccount: "" }, fills, false)).toEqual(fills);
    expect(fillPatch({ bankName: "Сбер", correspondentAccount: "" }, fills, false)).toEqual({
      correspondentAccount: "30101810400000000225",
    });
    expect(bankFills({ ...sber, correspondentAccount: null })).toEqual({ bankName: "ПАО СБЕРБАНК" });
  });
});
