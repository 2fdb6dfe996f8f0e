import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  boardHref,
  closedOfQuery,
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
    [{ q: "Сыр на год" }, { ...noBoardFilters, search: "Сыр на год" }],
  ])("reads %o", (query, filters) => {
    expect(filtersOfQuery(query)).toEqual(filters);
  });

  it("writes what it reads back, and clears filters that are off", () => {
    const on = {
      mine: true,
      hunterId: "usr_1",
      source: "form:Сайт",
      rotting: true,
      overdue: true,
      search: "Сыр",
    };
    expect(filtersOfQuery(queryOfFilters(on))).toEqual(on);
    expect(queryOfFilters(noBoardFilters)).toEqual({
      mine: undefined,
      hunter: undefined,
      source: undefined,
      rotting: undefined,
      overdue: undefined,
      q: undefined,
    });
  });

  it.each([
    [{}, "30d"],
    [{ closed: "quarter" }, "quarter"],
    [{ closed: "all" }, "all"],
    [{ closed: "year" }, "30d"],
  ])("reads the closed columns' period of %o as %s", (query, period) => {
    expect(closedOfQuery(query)).toBe(period);
  });

  it("counts the filters that are on", () => {
    expect(activeFilterCount(noBoardFilters)).toBe(0);
    expect(activeFilterCount({ ...noBoardFilters, source: "Сайт", overdue: true })).toBe(2);
    expect(activeFilterCount({ ...noBoardFilters, search: "  " })).toBe(0);
    expect(activeFilterCount({ ...noBoardFilters, search: "Сыр" })).toBe(1);
  });
});

describe("the server's input and the list link", () => {
  it("leaves unset filters out", () => {
    expect(filterInput(noBoardFilters)).toEqual({});
    expect(
      filterInput({
        mine: true,
        hunterId: "usr_1",
        source: "Сайт",
        rotting: true,
        overdue: true,
        search: " Сыр ",
      }),
    ).toEqual({
      mine: true,
      hunterId: "usr_1",
      source: "Сайт",
      rotting: true,
      nextStepOverdue: true,
      search: "Сыр",
    });
  });

  it("links to the pipeline's open deals under the same filters", () => {
    expect(listHref("pip_1", noBoardFilters)).toBe("/deals/list?pipeline=pip_1&status=open");
    expect(listHref(undefined, { ...noBoardFilters, mine: true, source: "Сайт" })).toBe(
      "/deals/list?status=open&mine=1&source=%D0%A1%D0%B0%D0%B9%D1%82",
    );
  });

  it("links back to the board under the shared filters and the closed columns' period", () => {
    expect(boardHref(undefined, noBoardFilters)).toBe("/deals");
    expect(boardHref("pip_1", { ...noBoardFilters, overdue: true, search: "Сыр" }, "quarter")).toBe(
      "/deals?pipeline=pip_1&overdue=1&q=%D0%A1%D1%8B%D1%80&closed=quarter",
    );
    expect(listHref("pip_1", { ...noBoardFilters, hunterId: "usr_2" }, "all")).toBe(
      "/deals/list?pipeline=pip_1&status=open&hunter=usr_2&closed=all",
    );
    const filters = { ...noBoardFilters, mine: true, source: "Звонок", search: "Масло" };
    const back = new URL(boardHref("pip_1", filters, "quarter"), "http://x").searchParams;
    const query = Object.fromEntries(back);
    expect([filtersOfQuery(query), closedOfQuery(query)]).toEqual([filters, "quarter"]);
  });
});
