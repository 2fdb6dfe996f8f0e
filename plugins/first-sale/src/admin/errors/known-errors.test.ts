import { describe, expect, it } from "vitest";
import type { Failure } from "./failure.ts";
import { errorTextOf } from "./known-errors.ts";

const refused = (change: Partial<Failure>): Failure => ({
  code: "BAD_REQUEST",
  domainCode: "BAD_INPUT",
  message: "",
  fields: {},
  details: {},
  ...change,
});

describe("errorTextOf", () => {
  it.each([
    [
      "lost without a reason",
      refused({
        message: "A lost deal needs a reason: give `reason`, one of price (Price too high)",
        fields: { reason: "Choose why the deal was lost: price (Price too high)" },
      }),
      { key: "lostReason" },
    ],
    [
      "lost with a reason that needs a note",
      refused({
        message: 'The reason "Other" needs a note',
        fields: { note: "Explain in a few words why the deal was lost" },
      }),
      { key: "lostNote" },
    ],
    [
      "won against a prepayment rule",
      refused({
        code: "PRECONDITION_FAILED",
        domainCode: "PRECONDITION_FAILED",
        message: "The deal cannot be marked won: …",
        details: { rule: { kind: "prepayment", percent: 30 }, paidShare: 0.2, contractSigned: false },
      }),
      { key: "wonPrepayment", params: { percent: 30, paid: 20 } },
    ],
    [
      "won against full payment",
      refused({
        code: "PRECONDITION_FAILED",
        domainCode: "PRECONDITION_FAILED",
        details: { rule: { kind: "full-payment" }, paidShare: 0.5555 },
      }),
      { key: "wonFullPayment", params: { paid: 55.5 } },
    ],
    [
      "won without a signed contract",
      refused({
        code: "PRECONDITION_FAILED",
        domainCode: "PRECONDITION_FAILED",
        details: { rule: { kind: "contract-signed" }, paidShare: 1 },
      }),
      { key: "wonContract" },
    ],
    [
      "a closed deal moved",
      refused({
        code: "CONFLICT",
        message: "The deal is lost and no longer moves between stages; reopen it first",
      }),
      { key: "closedNoMove", params: { status: "lost" } },
    ],
    [
      "a stage that holds deals removed",
      refused({
        code: "CONFLICT",
        message: 'Stage "Переговоры" still holds 2 open deal(s); move them first',
      }),
      { key: "stageHoldsDeals", params: { name: "Переговоры", count: "2" } },
    ],
    [
      "a field message of the input check",
      refused({
        message: "Invalid input — stages.0.name: Name the stage",
        fields: { "stages.0.name": "Name the stage" },
      }),
      { key: "nameStage" },
    ],
    [
      "an unknown refusal by its code",
      refused({ code: "FORBIDDEN", message: "Plugin not enabled" }),
      { key: "forbidden" },
    ],
    ["an unknown code", refused({ code: "TEAPOT", message: "?" }), { key: "unknown" }],
    ["the server not reached", refused({ code: null, message: "Failed to fetch" }), { key: "offline" }],
  ])("%s", (_, failure, expected) => {
    expect(errorTextOf(failure)).toEqual(expected);
  });
});
