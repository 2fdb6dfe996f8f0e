import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n/index.ts";
import { date } from "../shared/words.ts";
import { monthLabels, quarterLabel } from "./period-labels.ts";

afterEach(() => i18n.setLocale("ru"));

describe("period labels", () => {
  it("names quarters in both languages", () => {
    i18n.setLocale("ru");
    expect(quarterLabel("2026-Q1")).toBe("1 кв. 2026");
    i18n.setLocale("en");
    expect(quarterLabel("2026-Q4")).toBe("Q4 2026");
  });

  it("puts the year on the first month and on January", () => {
    i18n.setLocale("ru");
    expect(monthLabels(["2025-12", "2026-01", "2026-02"])).toEqual(["дек. 2025", "янв. 2026", "февр."]);
  });
});

describe("date", () => {
  it("leaves out this year", () => {
    i18n.setLocale("ru");
    expect(date("2026-05-06", 2026)).toBe("6 мая");
    expect(date("2025-12-12", 2026)).toBe("12 дек. 2025 г.");
    expect(date(null)).toBe("—");
  });
});
