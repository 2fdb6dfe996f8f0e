import { type Locale, wordRef, zodIssueRef } from "@quartet/core";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { businessCalendarSchema } from "./calendar.ts";
import { criterionSchema } from "./criteria.ts";
import { clientDemoted, clientPromoted, slaBreached } from "./events.ts";
import { allVipPermissions } from "./permissions.ts";
import { defaultVipProgram, vipProgramSchema } from "./program.ts";

/** Each issue of a parse as `path: message`, its catalog key worded in `locale` as the server words it. */
const messages = (result: z.ZodSafeParseResult<unknown>, locale: Locale = "en") =>
  (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${wordRef(locale, zodIssueRef(i))}`);

describe("the default program", () => {
  it("has one VIP tier from 5 M ₽ in 12 months, 90 days of grace, quarterly reviews, a Mon–Fri 9–18 calendar", () => {
    expect(defaultVipProgram.tiers).toHaveLength(1);
    expect(defaultVipProgram.tiers[0]).toMatchObject({
      key: "vip",
      combine: "all",
      criteria: [{ kind: "revenue", windowMonths: 12, minMinor: 500_000_000 }],
      privileges: {
        discountPercent: 0,
        deferredPaymentDays: 0,
        dedicatedManager: true,
        queuePriority: 10,
        firstResponseHours: 4,
      },
    });
    expect(defaultVipProgram).toMatchObject({ graceDays: 90, paymentTermsDays: 14, reviewPeriodMonths: 3 });
    expect(defaultVipProgram.calendar).toEqual({
      timeZone: null,
      week: {
        mon: { from: "09:00", to: "18:00" },
        tue: { from: "09:00", to: "18:00" },
        wed: { from: "09:00", to: "18:00" },
        thu: { from: "09:00", to: "18:00" },
        fri: { from: "09:00", to: "18:00" },
        sat: null,
        sun: null,
      },
      holidays: [],
      extraWorkingDays: [],
    });
  });
});

describe("field messages", () => {
  const tier = (over: object) => ({
    key: "gold",
    name: { ru: "Золото", en: "Gold" },
    criteria: [{ kind: "manual" }],
    ...over,
  });
  it.each([
    ["tiers with the same key", { tiers: [tier({}), tier({})] }, "tiers: Tier keys must differ"],
    ["no tiers", { tiers: [] }, "tiers: Define at least one tier"],
    [
      "a tier without criteria",
      { tiers: [tier({ criteria: [] })] },
      "tiers.0.criteria: Add at least one criterion",
    ],
    [
      "a key with capitals",
      { tiers: [tier({ key: "Gold" })] },
      "tiers.0.key: Up to 40 lower-case Latin letters, digits or dashes",
    ],
    [
      "a name missing in Russian",
      { tiers: [tier({ name: { ru: " ", en: "Gold" } })] },
      "tiers.0.name.ru: Name it in Russian",
    ],
    [
      "a discount with three decimals",
      { tiers: [tier({ privileges: { discountPercent: 7.125 } })] },
      "tiers.0.privileges.discountPercent: At most two decimals",
    ],
    [
      "an SLA of ten minutes",
      { tiers: [tier({ privileges: { firstResponseHours: 1 / 6 } })] },
      "tiers.0.privileges.firstResponseHours: At least a quarter of an hour",
    ],
    ["negative grace", { graceDays: -1 }, "graceDays: Cannot be negative"],
    ["fractional terms", { paymentTermsDays: 1.5 }, "paymentTermsDays: Whole days"],
  ])("%s", (_, input, message) => {
    expect(messages(vipProgramSchema.safeParse(input))).toContain(message);
  });

  it.each([
    ["a revenue of zero", { kind: "revenue", minMinor: 0 }, "minMinor: Set an amount above zero"],
    ["kopecks as a fraction", { kind: "average-order", minMinor: 10.5 }, "minMinor: Whole kopecks"],
    ["no categories", { kind: "categories", categoryIds: [] }, "categoryIds: Pick at least one category"],
    [
      "a category twice",
      { kind: "categories", categoryIds: ["a", "a"] },
      "categoryIds: A category is picked twice",
    ],
    [
      "a window of 61 months",
      { kind: "largest-order", minMinor: 1, windowMonths: 61 },
      "windowMonths: At most 60 months",
    ],
  ])("%s", (_, input, message) => {
    expect(messages(criterionSchema.safeParse(input))).toContain(message);
  });

  it.each([
    ["an unknown zone", { timeZone: "Europe/Mordor" }, "timeZone: Unknown time zone"],
    [
      "a day that ends before it starts",
      { week: { mon: { from: "18:00", to: "09:00" } } },
      "week.mon.to: The day must end after it starts",
    ],
    [
      "a time like 9:00",
      { week: { mon: { from: "9:00", to: "18:00" } } },
      "week.mon.from: A time as HH:MM, e.g. 09:00",
    ],
    [
      "no working day at all",
      { week: { mon: null, tue: null, wed: null, thu: null, fri: null } },
      "week: At least one working day a week",
    ],
    ["30 February", { holidays: ["2026-02-30"] }, "holidays.0: No such date"],
    ["a holiday twice", { holidays: ["2026-01-01", "2026-01-01"] }, "holidays.1: This date is listed twice"],
    [
      "a date both off and worked",
      { holidays: ["2025-11-01"], extraWorkingDays: [{ date: "2025-11-01" }] },
      "extraWorkingDays.0.date: This date is also a holiday",
    ],
  ])("calendar: %s", (_, input, message) => {
    expect(messages(businessCalendarSchema.safeParse(input))).toContain(message);
  });

  it.each([
    [
      "a grace of 1000 days",
      vipProgramSchema.safeParse({ graceDays: 1000 }),
      "graceDays: Не больше 730 дней",
    ],
    [
      "a discount with three decimals",
      vipProgramSchema.safeParse({ tiers: [tier({ privileges: { discountPercent: 7.125 } })] }),
      "tiers.0.privileges.discountPercent: Не больше двух знаков после запятой",
    ],
    [
      "a holiday twice",
      businessCalendarSchema.safeParse({ holidays: ["2026-01-01", "2026-01-01"] }),
      "holidays.1: Эта дата указана дважды",
    ],
  ])("words %s in Russian for a Russian viewer", (_, result, message) => {
    expect(messages(result, "ru")).toContain(message);
  });

  it("accepts a working day to midnight and a Vladivostok calendar", () => {
    const parsed = businessCalendarSchema.parse({
      timeZone: "Asia/Vladivostok",
      week: { sat: { from: "10:00", to: "24:00" } },
    });
    expect(parsed.week.sat).toEqual({ from: "10:00", to: "24:00" });
  });
});

describe("events and permissions", () => {
  it("names events with the plugin prefix and version 1", () => {
    expect([clientPromoted, clientDemoted, slaBreached].map((e) => `${e.name}@${e.version}`)).toEqual([
      "vip.client.promoted@1",
      "vip.client.demoted@1",
      "vip.sla.breached@1",
    ]);
  });

  it("a promotion carries typed reasons", () => {
    const payload = {
      clientId: "cli_1",
      from: null,
      to: { key: "gold", name: { ru: "Золото", en: "Gold" } },
      by: "rules",
      reasons: [{ code: "revenue", params: { met: true, paidMinor: 1, minMinor: 1, windowMonths: 12 } }],
      on: "2026-03-15",
      at: 1_773_532_800_000,
    };
    expect(clientPromoted.schema.parse(payload)).toEqual(payload);
    const wrong = { ...payload, reasons: [{ code: "revenue", params: { met: true } }] };
    expect(clientPromoted.schema.safeParse(wrong).success).toBe(false);
  });

  it("has unique permission ids under vip.", () => {
    const ids = allVipPermissions.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith("vip."))).toBe(true);
  });
});
