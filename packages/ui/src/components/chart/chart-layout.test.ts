import { describe, expect, it } from "vitest";
import {
  axisLabels,
  barSlots,
  labelledCategories,
  labelWidth,
  valueRange,
  wrapLabel,
} from "./chart-layout.ts";

describe("barSlots", () => {
  it.each([
    ["one series on a narrow category", 1, 60, { width: 0.6, offsets: [-0.3] }],
    ["two series side by side", 2, 100, { width: 0.35, offsets: [-0.35, 0] }],
    ["one series on a wide category, capped at 48 px", 1, 480, { width: 0.1, offsets: [-0.05] }],
  ])("%s", (_, count, px, expected) => {
    const slots = barSlots(count, px);
    expect(slots.width).toBeCloseTo(expected.width);
    expect(slots.offsets.map((o) => Math.round(o * 100) / 100)).toEqual(expected.offsets);
  });
});

describe("labelledCategories", () => {
  it.each([
    ["all fit", 4, 400, 60, [0, 1, 2, 3]],
    ["every third of twelve months on a phone", 12, 300, 60, [0, 3, 6, 9]],
    ["no categories", 0, 300, 60, []],
    ["one label wider than the plot", 3, 20, 60, [0]],
  ])("%s", (_, count, plot, label, expected) => {
    expect(labelledCategories(count, plot, label)).toEqual(expected);
  });
});

describe("valueRange", () => {
  it.each([
    ["from zero to a little above the top", [10, 50, null], [0, 55]],
    ["below zero too", [-20, 40], [-22, 44]],
    ["no values", [null, null], [0, 1]],
    ["only zeros", [0, 0], [0, 1]],
    ["a fixed top: zeros on a 0–100 scale", [0, null], [0, 100], 100],
    ["a fixed top: values under it keep it", [12, 64], [0, 100], 100],
    ["a fixed top: a value above it still fits", [140], [0, 154], 100],
  ] as const)("%s", (_, values, expected, scaleMax?: number) => {
    const [low, high] = valueRange(values, scaleMax);
    expect(low).toBeCloseTo(expected[0]);
    expect(high).toBeCloseTo(expected[1]);
  });
});

describe("labelWidth", () => {
  it("grows with the text", () => {
    expect(labelWidth("янв 2026")).toBeGreaterThan(labelWidth("I"));
  });
});

describe("axisLabels", () => {
  const quarters = ["4 кв. 2025", "1 кв. 2026", "2 кв. 2026", "3 кв. 2026"];
  it("shows every label on a line when they fit", () => {
    expect(axisLabels(quarters, 600)).toEqual({ indexes: [0, 1, 2, 3], texts: quarters });
  });
  it("breaks them in two lines before leaving any out", () => {
    expect(axisLabels(quarters, 280).texts).toEqual([
      "4 кв.\n2025",
      "1 кв.\n2026",
      "2 кв.\n2026",
      "3 кв.\n2026",
    ]);
  });
  it("leaves every other out when even two lines do not fit", () => {
    expect(axisLabels(quarters, 170)).toEqual({ indexes: [0, 2], texts: quarters });
  });
});

describe("wrapLabel", () => {
  it.each([
    ["4 кв. 2025", "4 кв.\n2025"],
    ["Комплексное снабжение", "Комплексное\nснабжение"],
    ["Разовые", "Разовые"],
  ])("%s", (text, expected) => expect(wrapLabel(text)).toBe(expected));
});
