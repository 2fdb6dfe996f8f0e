import { describe, expect, it } from "vitest";
import { originsOf } from "./form-draft.ts";

describe("originsOf", () => {
  it("splits on commas, spaces and lines", () => {
    expect(originsOf("https://a.ru, https://b.ru\nhttps://c.ru ")).toEqual([
      "https://a.ru",
      "https://b.ru",
      "https://c.ru",
    ]);
  });
  it("keeps nothing from blank text", () => {
    expect(originsOf("  \n ")).toEqual([]);
  });
});
