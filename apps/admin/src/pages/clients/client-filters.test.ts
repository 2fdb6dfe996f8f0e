import { describe, expect, it } from "vitest";
import { clientQuery, clientsExportUrl, hasClientFilters, noClientFilters } from "./client-filters.ts";

describe("clientQuery", () => {
  it.each([
    [{}, null, {}],
    [{ search: "  7707083893 " }, null, { search: "7707083893" }],
    [{ stage: "lead" as const, region: " " }, null, { stage: "lead" }],
    [{ tag: "vip", industry: "Retail" }, null, { tag: "vip", industry: "Retail" }],
    [{ mine: true }, "usr_1", { ownerId: "usr_1" }],
    [{ mine: true }, null, {}],
  ])("%o as %s → %o", (patch, userId, expected) => {
    expect(clientQuery({ ...noClientFilters, ...patch }, userId)).toEqual(expected);
  });
});

describe("hasClientFilters", () => {
  it("ignores the sort and blank text", () => {
    expect(hasClientFilters({ ...noClientFilters, sort: "name", search: "  " })).toBe(false);
    expect(hasClientFilters({ ...noClientFilters, mine: true })).toBe(true);
  });
});

describe("clientsExportUrl", () => {
  it("carries the filters and the language", () => {
    expect(clientsExportUrl({ stage: "lead", region: "Москва" }, "en")).toBe(
      "/api/v1/exports/clients.csv?stage=lead&region=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&locale=en",
    );
    expect(clientsExportUrl({}, "ru")).toBe("/api/v1/exports/clients.csv?locale=ru");
  });
});
