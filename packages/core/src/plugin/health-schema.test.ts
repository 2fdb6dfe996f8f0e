import { describe, expect, it } from "vitest";
import { healthReadingSchema } from "./health-schema.ts";

const reading = {
  key: "leads-per-week",
  label: { en: "Leads a week", ru: "Лидов в неделю" },
  value: 12,
  status: "ok",
};

describe("healthReadingSchema", () => {
  it.each([
    ["a bare reading", reading],
    ["no data yet", { ...reading, value: null, status: "unknown" }],
    [
      "every optional part",
      { ...reading, target: 10, targetSource: "organisation", unit: "count", trend: -2, href: "/leads" },
    ],
  ])("accepts %s", (_, value) => {
    expect(healthReadingSchema.safeParse(value).success).toBe(true);
  });

  it.each([
    ["a label in one language", { ...reading, label: { en: "Leads" } }, "label"],
    ["a value as text", { ...reading, value: "12" }, "value"],
    ["an infinite value", { ...reading, value: Number.POSITIVE_INFINITY }, "value"],
    ["a status outside the four", { ...reading, status: "great" }, "status"],
    ["an unknown unit", { ...reading, unit: "roubles" }, "unit"],
    ["a link outside the admin app", { ...reading, href: "https://example.com" }, "href"],
    ["a key the monitor does not read", { ...reading, words: "fine" }, ""],
  ])("refuses %s", (_, value, field) => {
    const result = healthReadingSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0] ?? "").toBe(field);
  });
});
