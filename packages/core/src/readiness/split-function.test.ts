import { describe, expect, it } from "vitest";
import type { IsoWeek } from "../monitor/iso-week.ts";
import { splitFunction } from "./split-function.ts";
import { quietFacts } from "./test-facts.ts";
import { readinessThresholds as t } from "./thresholds.ts";
import type { SoloHolder } from "./types.ts";

/** Weeks newest first from 2026-W50 back, each waiting count against a capacity of 10 a day (null: not over). */
function weeks(
  counts: (number | null)[],
  from = 50,
): { week: IsoWeek; overCapacity: { count: number; capacityPerDay: number } | null }[] {
  return counts.map((count, i) => ({
    week: `2026-W${from - i}` as IsoWeek,
    overCapacity: count === null ? null : { count, capacityPerDay: 10 },
  }));
}

function farmingLeg(loads: ReturnType<typeof weeks>, soloHolder: SoloHolder | null = null) {
  return quietFacts({ legs: [{ function: "farming", weeks: loads, soloHolder }] });
}

const olga = (clients: number, tasks: number): SoloHolder => ({
  userId: "usr_olga",
  name: "Ольга",
  clients,
  tasks,
});

describe("split-function", () => {
  it.each([
    ["3 weeks at 150 %", weeks([15, 15, 15]), { weeks: 3, loadPercent: 150, severity: "advice" }],
    ["one of 3 weeks at 140 %", weeks([15, 14, 15]), null],
    ["2 weeks at 300 %", weeks([30, 30]), null],
    ["4 weeks, newest at 300 %", weeks([30, 20, 20, 20]), { weeks: 4, loadPercent: 300, severity: "urgent" }],
    ["a week not over capacity breaks the run", weeks([20, null, 20, 20]), null],
    [
      "this week not taken yet: the run ends last week",
      weeks([20, 20, 20], 49),
      { weeks: 3, loadPercent: 200, severity: "advice" },
    ],
    ["a run that ended two weeks ago", weeks([20, 20, 20], 48), null],
  ])("%s", (_, loads, expected) => {
    const [signal, ...rest] = splitFunction(farmingLeg(loads), t);
    expect(rest).toEqual([]);
    if (expected === null) expect(signal).toBeUndefined();
    else
      expect(signal).toMatchObject({
        key: "split-function:farming",
        function: "farming",
        reason: "over-capacity",
        href: "/team?tab=staffing",
        person: null,
        severity: expected.severity,
        numbers: { weeks: expected.weeks, loadPercent: expected.loadPercent, capacityPerDay: 10 },
      });
  });

  it("skips a gap between snapshot weeks", () => {
    const gap = [...weeks([20]), ...weeks([20, 20], 48)];
    expect(splitFunction(farmingLeg(gap), t)).toEqual([]);
  });

  it("ignores a week without capacity to measure", () => {
    const loads = weeks([20, 20, 20]).map((w) => ({ ...w, overCapacity: { count: 20, capacityPerDay: 0 } }));
    expect(splitFunction(farmingLeg(loads), t)).toEqual([]);
  });

  it.each([
    ["150 clients", olga(150, 0), "advice"],
    ["149 clients, 59 tasks", olga(149, 59), null],
    ["60 tasks", olga(0, 60), "advice"],
    ["300 clients", olga(300, 0), "urgent"],
  ])("one person alone with %s", (_, holder, severity) => {
    const [signal] = splitFunction(farmingLeg([], holder), t);
    if (severity === null) expect(signal).toBeUndefined();
    else
      expect(signal).toMatchObject({
        reason: "solo-holder",
        severity,
        person: { name: "Ольга" },
        numbers: { clients: holder.clients, tasks: holder.tasks },
      });
  });

  it("gives one signal per leg, the overload first", () => {
    const signals = splitFunction(
      quietFacts({
        legs: [
          { function: "prospecting", weeks: weeks([15, 15, 15]), soloHolder: olga(500, 0) },
          { function: "farming", weeks: [], soloHolder: olga(500, 0) },
        ],
      }),
      t,
    );
    expect(signals.map((s) => [s.key, s.code === "split-function" && s.reason])).toEqual([
      ["split-function:prospecting", "over-capacity"],
      ["split-function:farming", "solo-holder"],
    ]);
  });
});
