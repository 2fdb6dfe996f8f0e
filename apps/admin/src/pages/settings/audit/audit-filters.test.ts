import { describe, expect, it } from "vitest";
import { auditQuery, hasFilters, noFilters, startOfDay } from "./audit-filters.ts";

describe("auditQuery", () => {
  it("asks for everything when no filter is set", () => {
    expect(auditQuery(noFilters)).toEqual({ limit: 50 });
    expect(hasFilters(noFilters)).toBe(false);
  });

  it("drops blanks and trims the action prefix", () => {
    expect(auditQuery({ ...noFilters, action: "  core.member ", entity: "member" })).toEqual({
      action: "core.member",
      entity: "member",
      limit: 50,
    });
  });

  it("covers both whole days of the range", () => {
    const query = auditQuery({ ...noFilters, from: "2026-03-08", to: "2026-03-09" });
    expect(query.from).toBe(new Date(2026, 2, 8).getTime());
    expect(query.to).toBe(new Date(2026, 2, 10).getTime() - 1);
  });

  it("ignores a date that is not a day", () => {
    expect(startOfDay("08.03.2026")).toBeUndefined();
    expect(auditQuery({ ...noFilters, from: "yesterday" })).toEqual({ limit: 50 });
  });
});
