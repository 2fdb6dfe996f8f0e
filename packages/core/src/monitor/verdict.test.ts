import { describe, expect, it } from "vitest";
import { judgeLeg } from "./judge-leg.ts";
import { leg, noFlow, reading } from "./test-legs.ts";
import type { FlowCounts, LegInput } from "./types.ts";
import { chooseVerdict } from "./verdict.ts";

const verdictOf = (legs: LegInput[], flow: FlowCounts = noFlow) =>
  chooseVerdict(legs.map((l) => judgeLeg(l, flow)));
const bad = (key = "b") => reading({ key, status: "bad" });
const warn = (key = "w") => reading({ key, status: "warn" });
const ok = reading({ key: "o", status: "ok" });
const off = { pluginEnabled: false, people: "missing", active: 0 } as const;

describe("chooseVerdict", () => {
  it.each<[string, LegInput[], FlowCounts, unknown]>([
    [
      "solo with only prospecting: the first missing leg, the others listed",
      [
        leg("prospecting"),
        leg("first-sale", off),
        leg("farming", off),
        leg("vip", { ...off, pluginInstalled: false }),
      ],
      noFlow,
      {
        kind: "missing",
        function: "first-sale",
        reasons: ["plugin-disabled", "no-person"],
        action: "enable-plugin",
        alsoMissing: ["farming", "vip"],
      },
    ],
    [
      "a missing leg outweighs a bad one",
      [
        leg("prospecting", { readings: [bad()] }),
        leg("first-sale"),
        leg("farming"),
        leg("vip", { people: "missing", active: 0 }),
      ],
      noFlow,
      { kind: "missing", function: "vip", action: "assign-person", alsoMissing: [] },
    ],
    [
      "bad before warn",
      [
        leg("prospecting", { readings: [warn(), warn("w2")] }),
        leg("first-sale", { readings: [ok, bad()] }),
        leg("farming"),
        leg("vip"),
      ],
      noFlow,
      { kind: "weakest", function: "first-sale", state: "bad" },
    ],
    [
      "two warn legs: the lower score",
      [
        leg("prospecting", { readings: [warn(), ok] }),
        leg("first-sale", { readings: [warn()] }),
        leg("farming"),
        leg("vip"),
      ],
      noFlow,
      { kind: "weakest", function: "first-sale", state: "warn" },
    ],
    [
      "same score: more problems, then stool order",
      [
        leg("prospecting", { readings: [warn()] }),
        leg("first-sale"),
        leg("farming", { readings: [warn(), warn("w2")] }),
        leg("vip", { readings: [warn()] }),
      ],
      noFlow,
      { kind: "weakest", function: "farming", state: "warn" },
    ],
    [
      "the example: farming with clients out of cadence and won clients waiting",
      [
        leg("prospecting", { readings: [ok] }),
        leg("first-sale", { readings: [ok] }),
        leg("farming", { readings: [reading({ key: "contacted", value: 62, target: 80, status: "bad" })] }),
        leg("vip", { readings: [ok] }),
      ],
      { leadsNotTaken: 0, waitingForFarmer: 12, rejected30d: {}, awaiting: {} },
      {
        kind: "weakest",
        function: "farming",
        state: "bad",
        facts: [
          { code: "reading", reading: { key: "contacted", value: 62 } },
          { code: "waiting-for-farmer", count: 12 },
        ],
      },
    ],
    [
      "all four ok: steady",
      [
        leg("prospecting", { readings: [ok] }),
        leg("first-sale", { readings: [ok] }),
        leg("farming", { readings: [ok] }),
        leg("vip", { readings: [ok] }),
      ],
      noFlow,
      { kind: "steady" },
    ],
    [
      "some ok, the rest unknown: not steady, the unknown legs named",
      [
        leg("prospecting", { readings: [ok] }),
        leg("first-sale"),
        leg("farming", { readings: null }),
        leg("vip", { readings: [ok] }),
      ],
      noFlow,
      { kind: "no-data", legs: ["first-sale", "farming"] },
    ],
    [
      "nothing known: no data on every leg",
      [leg("prospecting"), leg("first-sale"), leg("farming"), leg("vip")],
      noFlow,
      { kind: "no-data", legs: ["prospecting", "first-sale", "farming", "vip"] },
    ],
  ])("%s", (_name, legs, flow, expected) => {
    expect(verdictOf(legs, flow)).toMatchObject(expected as object);
  });

  it("puts at most three numbers in the sentence, worst first", () => {
    const legs = [leg("prospecting", { readings: [warn("w1"), bad("b1"), warn("w2"), bad("b2")] })];
    const verdict = verdictOf(legs);
    expect(
      verdict.kind === "weakest" && verdict.facts.map((f) => f.code === "reading" && f.reading.key),
    ).toEqual(["b1", "b2", "w1"]);
  });
});
