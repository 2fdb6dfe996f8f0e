import { describe, expect, it } from "vitest";
import {
  type ListFilters,
  listFiltersOf,
  listQueryOf,
  noFilters,
  pageCount,
  pageInput,
  sameFilters,
  sortOfQuery,
} from "./list-query.ts";

describe("pageInput", () => {
  it("leaves empty filters out and starts at the page's first deal", () => {
    expect(pageInput(noFilters, "newest", 1, 25)).toEqual({ sort: "newest", limit: 25, offset: 0 });
  });
  it("passes the chosen filters and a trimmed search", () => {
    expect(
      pageInput(
        { ...noFilters, pipelineId: "pl_1", status: "open", rotting: true, search: "  сыр " },
        "title",
        3,
        10,
      ),
    ).toEqual({
      sort: "title",
      limit: 10,
      offset: 20,
      pipelineId: "pl_1",
      status: "open",
      rotting: true,
      search: "сыр",
    });
  });
  it("passes the board's filters as the board passes them", () => {
    const input = pageInput(
      { ...noFilters, mine: true, source: "Сайт", overdue: true, hunterId: "usr_1" },
      "newest",
      1,
      25,
    );
    expect(input).toMatchObject({ mine: true, source: "Сайт", nextStepOverdue: true, hunterId: "usr_1" });
  });
});

describe("listFiltersOf", () => {
  it("reads the board's list link", () => {
    expect(listFiltersOf({ pipeline: "pl_1", status: "open", mine: "1", overdue: "1" })).toEqual({
      ...noFilters,
      pipelineId: "pl_1",
      status: "open",
      mine: true,
      overdue: true,
    });
  });
  it("ignores an unknown status and reads nothing as no filter", () => {
    expect(listFiltersOf({ status: "paid" })).toEqual(noFilters);
    expect(listFiltersOf({})).toEqual(noFilters);
  });
  it("reads a stage only within a pipeline", () => {
    expect(listFiltersOf({ stage: "stg_1" })).toEqual(noFilters);
    expect(listFiltersOf({ pipeline: "pl_1", stage: "stg_1" })).toMatchObject({ stageId: "stg_1" });
  });
});

describe("the list in the address", () => {
  it.each<[string, ListFilters, Parameters<typeof listQueryOf>[1]]>([
    ["nothing", noFilters, "newest"],
    [
      "the board's filters",
      { ...noFilters, mine: true, hunterId: "usr_1", source: "Сайт", search: "Сыр" },
      "title",
    ],
    [
      "its own",
      { ...noFilters, pipelineId: "pl_1", stageId: "stg_2", status: "won", rotting: true, overdue: true },
      "amount-desc",
    ],
  ])("writes %s back so that a copied link reads the same list", (_name, filters, sort) => {
    const query = listQueryOf(filters, sort);
    const address = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) address.set(key, value);
    const read = Object.fromEntries(address);
    expect([listFiltersOf(read), sortOfQuery(read)]).toEqual([filters, sort]);
  });
  it("clears what is unset and leaves out the default order", () => {
    expect(Object.values(listQueryOf(noFilters, "newest")).every((v) => v === undefined)).toBe(true);
    expect(sortOfQuery({ sort: "cheapest" })).toBe("newest");
  });
});

describe("pageCount", () => {
  it.each([
    [0, 1],
    [25, 1],
    [26, 2],
    [100, 4],
  ])("%i deals fill %i page(s)", (total, pages) => {
    expect(pageCount(total, 25)).toBe(pages);
  });
});

describe("sameFilters", () => {
  it("compares every filter", () => {
    expect(sameFilters(noFilters, { ...noFilters })).toBe(true);
    expect(sameFilters(noFilters, { ...noFilters, rotting: true })).toBe(false);
    expect(sameFilters({ ...noFilters, status: "won" }, { ...noFilters, status: "lost" })).toBe(false);
  });
});
