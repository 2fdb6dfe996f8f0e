import { describe, expect, it } from "vitest";
import { defaultLostReasons } from "../contracts/lost-reasons.ts";
import { assertReopenable, type MovingDeal, planStageMove } from "./deal-transitions.ts";

const deal = (over: Partial<MovingDeal> = {}): MovingDeal => ({
  status: "open",
  pipelineId: "pip_1",
  stageId: "stg_new",
  paidShare: 0,
  contractSigned: false,
  ...over,
});
const open = { id: "stg_talk", kind: "open" as const, pipelineId: "pip_1" };
const won = { id: "stg_won", kind: "won" as const, pipelineId: "pip_1" };
const lost = { id: "stg_lost", kind: "lost" as const, pipelineId: "pip_1" };
const policy = { rule: { kind: "prepayment" as const, percent: 30 }, lostReasons: defaultLostReasons };

describe("planStageMove", () => {
  it.each([
    ["to a working stage", deal(), open, {}, { kind: "move" }],
    ["to the stage it is in", deal({ stageId: "stg_talk" }), open, {}, { kind: "stay" }],
    [
      "to won with the prepayment in",
      deal({ paidShare: 0.3 }),
      won,
      {},
      { kind: "win", basis: "prepayment" },
    ],
    [
      "to lost with a reason",
      deal(),
      lost,
      { reason: "price", note: " дорого " },
      { kind: "lose", reason: defaultLostReasons[0], note: "дорого" },
    ],
  ])("%s", (_name, d, target, request, expected) => {
    expect(planStageMove(d, target, policy, request)).toEqual(expected);
  });

  it.each([
    [
      "won against the rule",
      deal({ paidShare: 0.2 }),
      won,
      {},
      "PRECONDITION_FAILED",
      /prepayment of 30 %, and 20 % is paid/,
    ],
    ["lost without a reason", deal(), lost, {}, "BAD_INPUT", /needs a reason: give `reason`/],
    [
      "lost with an unknown reason",
      deal(),
      lost,
      { reason: "weather" },
      "BAD_INPUT",
      /Unknown lost reason "weather"/,
    ],
    ["lost as other without a note", deal(), lost, { reason: "other" }, "BAD_INPUT", /needs a note/],
    ["a won deal", deal({ status: "won" }), open, {}, "CONFLICT", /is won/],
    ["a lost deal", deal({ status: "lost" }), open, {}, "CONFLICT", /reopen it first/],
    [
      "another pipeline's stage",
      deal(),
      { ...open, pipelineId: "pip_2" },
      {},
      "BAD_INPUT",
      /another pipeline/,
    ],
  ])("refuses %s", (_name, d, target, request, code, message) => {
    expect(() => planStageMove(d, target, policy, request)).toThrow(
      expect.objectContaining({ code, message: expect.stringMatching(message) }),
    );
  });

  it("names the reason field when refusing a lost move", () => {
    expect(() => planStageMove(deal(), lost, policy)).toThrow(
      expect.objectContaining({ fields: { reason: expect.stringContaining("price") } }),
    );
  });
});

describe("assertReopenable", () => {
  it.each([
    ["lost", null],
    ["won", /cannot be reopened/],
    ["open", /open already/],
  ] as const)("%s", (status, error) => {
    if (error) expect(() => assertReopenable(status)).toThrow(error);
    else expect(() => assertReopenable(status)).not.toThrow();
  });
});
