import { describe, expect, it } from "vitest";
import { relativeTime } from "./relative-time.ts";

const now = Date.UTC(2026, 11, 7, 12, 0, 0);
const min = 60_000;

describe("relativeTime", () => {
  it.each([
    ["ru", now, "только что"],
    ["ru", now + 5_000, "только что"],
    ["ru", now - 59_000, "только что"],
    ["ru", now - 5 * min, "5 минут назад"],
    ["ru", now - 21 * min, "21 минуту назад"],
    ["ru", now - 3 * 60 * min, "3 часа назад"],
    ["ru", now - 26 * 60 * min, "вчера"],
    ["ru", now - 3 * 24 * 60 * min, "3 дня назад"],
    ["en", now - 30_000, "just now"],
    ["en", now - min, "1 minute ago"],
    ["en", now - 60 * min, "1 hour ago"],
    ["en", now - 24 * 60 * min, "yesterday"],
    ["en", now - 6 * 24 * 60 * min, "6 days ago"],
  ] as const)("%s, %s → %j", (locale, at, text) => {
    expect(relativeTime(locale, at, now, locale === "ru" ? "только что" : "just now")).toBe(text);
  });

  it("names the date past a week", () => {
    const at = Date.UTC(2026, 10, 20, 12, 0, 0);
    expect(relativeTime("en", at, now, "just now")).toBe("20 Nov 2026");
    expect(relativeTime("ru", at, now, "только что")).toMatch(/^20 нояб\.? 2026/);
  });
});
