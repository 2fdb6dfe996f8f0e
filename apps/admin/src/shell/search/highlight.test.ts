import { describe, expect, it } from "vitest";
import { highlight } from "./highlight.ts";

describe("highlight", () => {
  it.each([
    [
      "ООО «Ромашка»",
      "ром",
      [
        ["ООО «", false],
        ["Ром", true],
        ["ашка»", false],
      ],
    ],
    [
      "Поставка кофе",
      " КОФЕ ",
      [
        ["Поставка ", false],
        ["кофе", true],
      ],
    ],
    ["Acme", "acme", [["Acme", true]]],
    ["ООО «Ромашка»", "+7 916", [["ООО «Ромашка»", false]]],
    ["Иван", "", [["Иван", false]]],
  ] as const)("%s with %j", (text, q, pieces) => {
    expect(highlight(text, q).map((p) => [p.text, p.matched])).toEqual(pieces);
  });
});
