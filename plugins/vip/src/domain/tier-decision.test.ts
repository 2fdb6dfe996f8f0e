import { describe, expect, it } from "vitest";
import { goldPlatinum } from "../../test/fixtures.ts";
import type { CriterionReason } from "../contracts/reasons.ts";
import type { TierEvaluation } from "./criteria.ts";
import { decideTier, type Override, outsideState, type VipState } from "./tier-decision.ts";

const asOf = "2026-03-15";
const program = goldPlatinum();
const threshold = { gold: 5, platinum: 20 };
const revenue = (met: boolean, tier: keyof typeof threshold): CriterionReason => ({
  code: "revenue",
  params: { met, paidMinor: met ? threshold[tier] : 0, minMinor: threshold[tier], windowMonths: 12 },
});
/** Evaluations where Gold and/or Platinum are met (one revenue criterion each). */
const meets = (gold: boolean, platinum: boolean): TierEvaluation[] => [
  { tierKey: "gold", met: gold, results: [revenue(gold, "gold")] },
  { tierKey: "platinum", met: platinum, results: [revenue(platinum, "platinum")] },
];
const NONE = meets(false, false);
const GOLD = meets(true, false);
const BOTH = meets(true, true);
const state = (tierKey: string | null, graceStartedOn: string | null = null): VipState => ({
  tierKey,
  since: tierKey === null ? null : "2025-01-10",
  graceStartedOn,
});
const decide = (
  s: VipState,
  evaluations: TierEvaluation[],
  override: Override | null = null,
  graceDays = 90,
) => decideTier({ program: { ...program, graceDays }, state: s, evaluations, override, asOf });

describe("rules alone", () => {
  it.each([
    ["outside, meets Gold", state(null), GOLD, "promote", null, "gold", null],
    ["outside, meets both: the highest wins", state(null), BOTH, "promote", null, "platinum", null],
    ["Gold, meets Platinum", state("gold"), BOTH, "promote", "gold", "platinum", null],
    [
      "Gold in grace, meets Platinum: grace ends with the promotion",
      state("gold", "2026-02-01"),
      BOTH,
      "promote",
      "gold",
      "platinum",
      null,
    ],
    ["Gold, meets Gold", state("gold"), GOLD, "keep", "gold", "gold", null],
    ["outside, meets nothing", state(null), NONE, "none", null, null, null],
    [
      "Platinum falls to Gold: the grace period starts",
      state("platinum"),
      GOLD,
      "start-grace",
      "platinum",
      "platinum",
      asOf,
    ],
    [
      "Platinum in grace 73 of 90 days: stays",
      state("platinum", "2026-01-01"),
      GOLD,
      "keep",
      "platinum",
      "platinum",
      "2026-01-01",
    ],
    [
      "Platinum below for 90 days: demoted to the tier it meets",
      state("platinum", "2025-12-15"),
      GOLD,
      "demote",
      "platinum",
      "gold",
      null,
    ],
    [
      "Platinum below for 90 days, meets nothing: out",
      state("platinum", "2025-12-15"),
      NONE,
      "demote",
      "platinum",
      null,
      null,
    ],
    [
      "Platinum in grace meets Platinum again: recovered",
      state("platinum", "2026-01-01"),
      BOTH,
      "end-grace",
      "platinum",
      "platinum",
      null,
    ],
  ] as const)("%s → %s", (_, s, evaluations, action, from, to, grace) => {
    const decision = decide(s, [...evaluations]);
    expect(decision).toMatchObject({ action, by: "rules", from, to });
    expect(decision.next.tierKey).toBe(to);
    expect(decision.next.graceStartedOn).toBe(grace);
  });

  it("a promotion gives the met criteria and starts the tier today", () => {
    const decision = decide(state("gold"), BOTH);
    expect(decision.reasons).toEqual([revenue(true, "platinum")]);
    expect(decision.next).toEqual({ tierKey: "platinum", since: asOf, graceStartedOn: null });
  });

  it("a stay keeps the date the tier began", () => {
    expect(decide(state("gold"), GOLD).next.since).toBe("2025-01-10");
    expect(decide(state("platinum"), GOLD).next.since).toBe("2025-01-10");
  });

  it("the warning names the failing criteria and the demotion date", () => {
    expect(decide(state("platinum"), GOLD).reasons).toEqual([
      revenue(false, "platinum"),
      { code: "grace-started", params: { graceDays: 90, demoteOn: "2026-06-13" } },
    ]);
  });

  it("in grace, the reasons count the days left", () => {
    expect(decide(state("platinum", "2026-01-01"), GOLD).reasons.at(-1)).toEqual({
      code: "in-grace",
      params: { since: "2026-01-01", demoteOn: "2026-04-01", daysLeft: 17 },
    });
  });

  it("a demotion after grace says since when the client was below", () => {
    expect(decide(state("platinum", "2025-12-15"), GOLD).reasons.at(-1)).toEqual({
      code: "grace-expired",
      params: { since: "2025-12-15", graceDays: 90 },
    });
  });

  it("a recovery says since when the client was below", () => {
    expect(decide(state("platinum", "2026-01-01"), BOTH).reasons[0]).toEqual({
      code: "recovered",
      params: { since: "2026-01-01" },
    });
  });

  it("with no grace period the demotion is at once", () => {
    expect(decide(state("platinum"), GOLD, null, 0)).toMatchObject({ action: "demote", to: "gold" });
  });

  it("a tier removed from the program is left at once, with no grace", () => {
    expect(decide(state("silver"), GOLD)).toMatchObject({ action: "promote", from: "silver", to: "gold" });
    const out = decide(state("silver"), NONE);
    expect(out).toMatchObject({ action: "demote", from: "silver", to: null });
    expect(out.reasons).toEqual([{ code: "tier-removed", params: { tierKey: "silver" } }]);
    expect(out.next).toEqual(outsideState);
  });
});

describe("overrides win over the rules", () => {
  const exclude: Override = { mode: "exclude", reason: "Disputed debt", until: null };
  const keepGold: Override = {
    mode: "keep",
    tierKey: "gold",
    reason: "Annual contract",
    until: "2026-12-31",
  };
  const keptReason = {
    code: "override-keep",
    params: { tierKey: "gold", reason: "Annual contract", until: "2026-12-31" },
  };

  it.each([
    ["exclude takes Platinum out at once", state("platinum"), BOTH, exclude, "demote", "override", null],
    ["exclude keeps an outsider out", state(null), BOTH, exclude, "none", "override", null],
    [
      "an expired exclusion no longer applies",
      state(null),
      GOLD,
      { ...exclude, until: "2026-03-14" },
      "promote",
      "rules",
      "gold",
    ],
    ["keep puts an outsider in Gold", state(null), NONE, keepGold, "promote", "override", "gold"],
    ["keep holds Gold with no grace", state("gold"), NONE, keepGold, "keep", "override", "gold"],
    [
      "keep ends a running grace period",
      state("gold", "2026-01-01"),
      NONE,
      keepGold,
      "end-grace",
      "override",
      "gold",
    ],
    [
      "keep is a floor: the rules still promote",
      state("gold"),
      BOTH,
      keepGold,
      "promote",
      "rules",
      "platinum",
    ],
    [
      "keep on its last day still holds",
      state("gold"),
      NONE,
      { ...keepGold, until: asOf },
      "keep",
      "override",
      "gold",
    ],
  ] as const)("%s", (_, s, evaluations, override, action, by, to) => {
    expect(decide(s, [...evaluations], override)).toMatchObject({ action, by, to });
  });

  it("keep names itself among the reasons, before the failing criteria", () => {
    expect(decide(state("gold"), NONE, keepGold).reasons).toEqual([keptReason, revenue(false, "gold")]);
  });

  it("above the floor, the grace period still runs, and then the floor catches the client", () => {
    expect(decide(state("platinum"), NONE, keepGold)).toMatchObject({ action: "start-grace", by: "rules" });
    const after = decide(state("platinum", "2025-12-01"), NONE, keepGold);
    expect(after).toMatchObject({ action: "demote", by: "override", to: "gold" });
    expect(after.reasons[0]).toEqual(keptReason);
  });

  it("a keep for a tier the program no longer has is ignored", () => {
    const keepSilver: Override = { mode: "keep", tierKey: "silver", reason: "Old deal", until: null };
    expect(decide(state(null), NONE, keepSilver)).toMatchObject({ action: "none", by: "rules" });
  });
});

describe("deciding again on the same day changes nothing", () => {
  it.each([
    ["a promotion", state(null), BOTH, null],
    ["a warning", state("platinum"), GOLD, null],
    ["a demotion", state("platinum", "2025-12-15"), GOLD, null],
    ["an exclusion", state("gold"), GOLD, { mode: "exclude", reason: "x", until: null }],
  ] as const)("after %s", (_, s, evaluations, override) => {
    const first = decide(s, [...evaluations], override);
    const second = decide(first.next, [...evaluations], override);
    expect(["keep", "none"]).toContain(second.action);
    expect(second.next).toEqual(first.next);
  });
});
