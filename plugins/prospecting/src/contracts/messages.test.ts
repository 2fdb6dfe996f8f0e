import { catalogData, catalogProblems, wordMessage } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { m } from "./messages.ts";

describe("prospecting's messages", () => {
  it("pass the catalog check: the plugin's id as namespace, English and Russian, the same parameters", () => {
    expect(catalogProblems(catalogData(m) ?? { namespace: "", entries: {} }, "prospecting")).toEqual([]);
  });

  it.each([
    ["en", 'Step "ask" leads to a missing step "offer"'],
    ["ru", "Шаг «ask» ведёт к несуществующему шагу «offer»"],
  ] as const)("word a script check with its steps (%s)", (locale, text) => {
    expect(wordMessage(locale, m.danglingEdge, { step: "ask", target: "offer" })).toBe(text);
  });
});
