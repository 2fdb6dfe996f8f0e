import { describe, expect, it } from "vitest";
import { inSentence } from "./in-sentence.ts";

describe("inSentence", () => {
  it.each([
    ["Счёт на оплату", "счёт на оплату"],
    ["Коммерческое предложение", "коммерческое предложение"],
    ["Invoice", "invoice"],
    ["КП", "КП"],
    ["VAT invoice", "VAT invoice"],
    ["счёт", "счёт"],
    ["A", "a"],
    ["", ""],
  ])("%j reads %j inside a sentence", (name, expected) => {
    expect(inSentence(name)).toBe(expected);
  });
});
