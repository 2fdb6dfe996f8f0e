import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  filterInput,
  filtersOfQuery,
  listHref,
  noBoardFilters,
  queryOfFilters,
} from "./board-query.ts";

describe("the board's filters in the address", () => {
  it.each([
    [{}, noBoardFilters],
    [{ mine: "1" }, { ...noBoardFilters, mine: true }],
    [{ mine: "0", rotting: "yes" }, noBoardFilters],
    [
      { hunter: " usr_1 ", source: "Сайт" },
      { ...noBoardFilters, hunterId: "usr_1", source: "Сайт" },
    ],
    [
      { rotting: "1", overdue: "1" },
      { ...noBoardFilters, rotting: true, overdue: true },
    ],
  ])("reads %o", (query, filters) => {
    expect(filtersOfQuery(query)).toEqual(filters);
  });

  it("writes what it reads back, and clears filters that are off", () => {
    const on = { mine: true, hunterId: "usr_1", source: "form:Сайт", rotting: true, overdue: true };
    expect(filtersOfQuery(queryOfFilters(on))).toEqual(on);
    expect(queryOfFilters(noBoardFilters)).toEqual({
      mine: undefined,
      hunter: undefined,
      source: undefined,
      rotting: undefined,
      overdue: undefined,
    });
  });

  it("counts the filters that are on", () => {
    expect(activeFilterCount(noBoardFilters)).toBe(0);
    expect(activeFilterCount({ ...noBoardFilters, source: "Сайт", overdue: true })).toBe(2);
  });
});

describe("the server's input and the list link", () => {
  it("leaves unset filters out", () => {
    expect(filterInput(noBoardFilters)).toEqual({});
    expect(
      filterInput({ mine: true, hunterId: "usr_1", source: "Сайт", rotting: true, overdue: true }),
    ).toEqual({
      mine: true,
      hunterId: "usr_1",
      source: "Сайт",
      rotting: true,
      nextStepOverdue: true,
    });
  });

  it("links to the pipeline's open deals under the same filters", () => {
    expect(listHref("pip_1", noBoardFilters)).toBe("/deals/list?pipeline=pip_1&status=open");
    expect(listHref(undefined, { ...noBoardFilters, mine: true, source: "Сайт" })).toBe(
      "/deals/list?status=open&mine=1&source=%D0%A1%D0%B0%D0%B9%D1%82",
    );
  });
});
