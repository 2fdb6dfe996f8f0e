import { describe, expect, it } from "vitest";
import { listInput, noFilters, sameFilters, sortDeals } from "./list-query.ts";

describe("listInput", () => {
  it("leaves empty filters out", () => {
    expect(listInput(noFilters, undefined, 25)).toEqual({ limit: 25 });
  });
  it("passes the chosen ones, the cursor and a trimmed search", () => {
    expect(
      listInput(
        { ...noFilters, pipelineId: "pl_1", status: "open", rotting: true, search: "  сыр " },
        "c1",
        10,
      ),
    ).toEqual({ limit: 10, cursor: "c1", pipelineId: "pl_1", status: "open", rotting: true, search: "сыр" });
  });
});

describe("sortDeals", () => {
  const deal = (title: string, createdAt: number, amountMinor: number, expectedCloseOn: string | null) => ({
    title,
    createdAt,
    amount: { amountMinor },
    expectedCloseOn,
  });
  const rows = [
    deal("Бета", 2, 500, null),
    deal("альфа", 3, 100, "2026-05-01"),
    deal("Гамма", 1, 900, "2026-03-01"),
  ];
  it.each([
    ["newest", ["альфа", "Бета", "Гамма"]],
    ["oldest", ["Гамма", "Бета", "альфа"]],
    ["amount-desc", ["Гамма", "Бета", "альфа"]],
    ["amount-asc", ["альфа", "Бета", "Гамма"]],
    ["close-date", ["Гамма", "альфа", "Бета"]],
    ["title", ["альфа", "Бета", "Гамма"]],
  ] as const)("%s", (sort, titles) => {
    expect(sortDeals(rows, sort, "ru").map((r) => r.title)).toEqual(titles);
  });
});

describe("sameFilters", () => {
  it("compares every filter", () => {
    expect(sameFilters(noFilters, { ...noFilters })).toBe(true);
    expect(sameFilters(noFilters, { ...noFilters, rotting: true })).toBe(false);
    expect(sameFilters({ ...noFilters, status: "won" }, { ...noFilters, status: "lost" })).toBe(false);
  });
});
