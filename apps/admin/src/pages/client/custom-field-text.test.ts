import { describe, expect, it } from "vitest";
import { customFieldText } from "./custom-field-text.ts";

const words = {
  yes: "Да",
  no: "Нет",
  date: (value: string) => `<${value}>`,
  number: (value: number) => `#${value}`,
};

describe("customFieldText", () => {
  it.each([
    ["boolean", true, "Да"],
    ["boolean", false, "Нет"],
    ["date", "2026-03-02", "<2026-03-02>"],
    ["number", 1500, "#1500"],
    ["select", "опт", "опт"],
    ["text", "", null],
    ["text", null, null],
    ["number", undefined, null],
  ])("%s %j → %j", (type, value, expected) => {
    expect(customFieldText({ type }, value, words)).toBe(expected);
  });
});
