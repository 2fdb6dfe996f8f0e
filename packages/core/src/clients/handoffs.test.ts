import { describe, expect, it } from "vitest";
import { salesFunctions } from "../functions.ts";
import {
  type HandoffAction,
  type HandoffState,
  handoffRouteOf,
  handoffRoutes,
  handoffStates,
  isOverdue,
  nextHandoffState,
} from "./handoffs.ts";

const deadline = Date.UTC(2025, 2, 3, 12);

describe("nextHandoffState", () => {
  it.each<[HandoffAction, HandoffState]>([
    [{ type: "accept" }, "accepted"],
    [{ type: "reject", reason: "Not our region" }, "rejected"],
    [{ type: "cancel" }, "cancelled"],
    [{ type: "expire", now: deadline + 1, acceptBy: deadline }, "expired"],
  ])("requested + %j → %s", (action, expected) => {
    expect(nextHandoffState("requested", action)).toBe(expected);
  });

  it.each<[HandoffAction, object]>([
    [
      { type: "reject", reason: "" },
      { code: "BAD_INPUT", fields: { reason: expect.any(String) } },
    ],
    [
      { type: "reject", reason: "  \n" },
      { code: "BAD_INPUT", fields: { reason: expect.any(String) } },
    ],
    [{ type: "expire", now: deadline, acceptBy: deadline }, { code: "PRECONDITION_FAILED" }],
    [{ type: "expire", now: deadline - 1, acceptBy: deadline }, { code: "PRECONDITION_FAILED" }],
  ])("requested + %j throws", (action, error) => {
    expect(() => nextHandoffState("requested", action)).toThrow(expect.objectContaining(error));
  });

  const decided = handoffStates.filter((s) => s !== "requested");
  const actions: HandoffAction[] = [
    { type: "accept" },
    { type: "reject", reason: "x" },
    { type: "cancel" },
    { type: "expire", now: deadline + 1, acceptBy: deadline },
  ];
  it.each(decided.flatMap((state) => actions.map((action) => [state, action] as const)))(
    "a %s handoff refuses %j",
    (state, action) => {
      expect(() => nextHandoffState(state, action)).toThrow(expect.objectContaining({ code: "CONFLICT" }));
    },
  );
});

describe("isOverdue", () => {
  it.each<[HandoffState, number | null, number, boolean]>([
    ["requested", deadline, deadline - 1, false],
    ["requested", deadline, deadline, false],
    ["requested", deadline, deadline + 1, true],
    ["requested", null, deadline + 1, false],
    ["accepted", deadline, deadline + 1, false],
    ["expired", deadline, deadline + 1, false],
  ])("%s, accept by %s, at %s: %s", (state, acceptBy, now, expected) => {
    expect(isOverdue({ state, acceptBy }, now)).toBe(expected);
  });
});

describe("handoffRoutes", () => {
  it.each([
    ["prospecting", "first-sale", "lead-qualified"],
    ["first-sale", "farming", "first-payment"],
    ["farming", "vip", "vip-granted"],
    ["vip", "vip", "key-account-change"],
  ] as const)("%s → %s is started by %s", (from, to, trigger) => {
    expect(handoffRouteOf(from, to)).toMatchObject({
      trigger,
      label: { en: expect.any(String), ru: expect.any(String) },
    });
  });

  it.each([
    ["first-sale", "prospecting"],
    ["vip", "farming"],
    ["prospecting", "vip"],
  ] as const)("%s → %s is not a standard route", (from, to) => {
    expect(handoffRouteOf(from, to)).toBeUndefined();
  });

  it("uses only known functions, each route once", () => {
    const keys = handoffRoutes.map((r) => `${r.from}>${r.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of handoffRoutes) expect(salesFunctions).toContain(r.from);
  });
});
