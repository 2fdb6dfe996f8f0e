import { describe, expect, it } from "vitest";
import { judgeLeg } from "./judge-leg.ts";
import { leg, noFlow, reading } from "./test-legs.ts";
import type { FlowCounts, LegInput } from "./types.ts";

const stuck: FlowCounts = {
  leadsNotTaken: 7,
  waitingForFarmer: 12,
  rejected30d: { "first-sale": 2 },
  awaiting: { "first-sale": 5, farming: 3 },
};

describe("judgeLeg: missing legs", () => {
  it.each<[string, Partial<LegInput>, string[], string]>([
    [
      "plugin not installed and nobody",
      { pluginInstalled: false, pluginEnabled: false, people: "missing", active: 0 },
      ["plugin-not-installed", "no-person"],
      "install-plugin",
    ],
    [
      "plugin off and nobody",
      { pluginEnabled: false, people: "missing", active: 0 },
      ["plugin-disabled", "no-person"],
      "enable-plugin",
    ],
    ["plugin off, someone works it", { pluginEnabled: false }, ["plugin-disabled"], "enable-plugin"],
    ["plugin on, nobody", { people: "missing", active: 0 }, ["no-person"], "assign-person"],
    ["plugin on, everyone paused", { people: "all-paused", active: 0 }, ["all-paused"], "unpause-person"],
  ])("%s", (_name, over, reasons, action) => {
    const report = judgeLeg(leg("farming", over), noFlow);
    expect(report).toMatchObject({ state: "missing", missing: { reasons, action }, score: 0 });
  });
});

describe("judgeLeg: standing legs", () => {
  it.each<[string, LegInput, FlowCounts, string, number | null, string[]]>([
    ["no readings, nothing stuck: not enough data", leg("vip"), noFlow, "unknown", null, []],
    ["readings failed: not enough data", leg("vip", { readings: null }), noFlow, "unknown", null, []],
    [
      "only unknown readings",
      leg("vip", { readings: [reading({ status: "unknown", value: null })] }),
      noFlow,
      "unknown",
      null,
      [],
    ],
    ["all ok", leg("vip", { readings: [reading({ status: "ok" })] }), noFlow, "ok", 100, []],
    [
      "more clients waiting than its people take a day",
      leg("first-sale", { capacityPerDay: 4 }),
      stuck,
      "warn",
      50,
      ["leads-not-taken:7", "rejected-30d:2", "over-capacity:5"],
    ],
    [
      "as many waiting as its people take a day",
      leg("farming", { capacityPerDay: 3 }),
      stuck,
      "warn",
      50,
      ["waiting-for-farmer:12"],
    ],
    [
      "no daily limit: never over capacity",
      leg("farming", { capacityPerDay: null }),
      stuck,
      "warn",
      50,
      ["waiting-for-farmer:12"],
    ],
    [
      "one bad against a set target",
      leg("vip", { readings: [reading({ status: "ok" }), reading({ key: "b", status: "bad" })] }),
      noFlow,
      "bad",
      50,
      ["reading:b"],
    ],
    [
      "bad against a default target is warn",
      leg("vip", { readings: [reading({ key: "d", status: "bad", targetSource: "default" })] }),
      noFlow,
      "warn",
      50,
      ["reading:d"],
    ],
    [
      "won clients waiting make farming warn",
      leg("farming", { readings: [reading({ status: "ok" })] }),
      stuck,
      "warn",
      75,
      ["waiting-for-farmer:12"],
    ],
    [
      "leads not taken and rejections stall first sale",
      leg("first-sale"),
      stuck,
      "warn",
      50,
      ["leads-not-taken:7", "rejected-30d:2"],
    ],
    [
      "bad first, then warn, then flows",
      leg("farming", {
        readings: [reading({ key: "w", status: "warn" }), reading({ key: "b", status: "bad" })],
      }),
      stuck,
      "bad",
      33,
      ["reading:b", "reading:w", "waiting-for-farmer:12"],
    ],
  ])("%s", (_name, input, flow, state, score, facts) => {
    const report = judgeLeg(input, flow);
    expect(report.state).toBe(state);
    expect(report.score).toBe(score);
    expect(
      report.facts.map((f) => (f.code === "reading" ? `reading:${f.reading.key}` : `${f.code}:${f.count}`)),
    ).toEqual(facts);
  });
});
