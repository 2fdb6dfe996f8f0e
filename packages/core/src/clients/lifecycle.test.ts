import { describe, expect, it } from "vitest";
import {
  assertStageMove,
  canMoveStage,
  isClientTier,
  isLifecycleStage,
  type LifecycleStage,
  type StageMoveCheck,
  type StageMoveDetails,
} from "./lifecycle.ts";

describe("canMoveStage", () => {
  it.each<[LifecycleStage, LifecycleStage, StageMoveCheck]>([
    ["prospect", "lead", { allowed: true, requires: [] }],
    ["lead", "negotiation", { allowed: true, requires: [] }],
    ["prospect", "negotiation", { allowed: true, requires: [] }],
    ["negotiation", "customer", { allowed: true, requires: ["customer-basis"] }],
    ["prospect", "customer", { allowed: true, requires: ["customer-basis"] }],
    ["lead", "prospect", { allowed: true, requires: ["reason"] }],
    ["negotiation", "lead", { allowed: true, requires: ["reason"] }],
    ["negotiation", "prospect", { allowed: true, requires: ["reason"] }],
    ["customer", "lead", { allowed: true, requires: ["reason"] }],
    ["customer", "negotiation", { allowed: false, why: "backward-only-to-prospect-or-lead" }],
    ["lead", "lead", { allowed: false, why: "same-stage" }],
    ["customer", "customer", { allowed: false, why: "same-stage" }],
  ])("%s → %s", (from, to, expected) => {
    expect(canMoveStage(from, to)).toEqual(expected);
  });
});

describe("assertStageMove", () => {
  it.each<[LifecycleStage, LifecycleStage, StageMoveDetails]>([
    ["prospect", "lead", {}],
    ["lead", "customer", { basis: "first-payment" }],
    ["negotiation", "customer", { basis: "manual" }],
    ["customer", "lead", { reason: "Stopped ordering" }],
  ])("lets %s → %s pass with %j", (from, to, details) => {
    expect(() => assertStageMove(from, to, details)).not.toThrow();
  });

  it.each<[LifecycleStage, LifecycleStage, StageMoveDetails, object]>([
    ["customer", "lead", {}, { code: "BAD_INPUT", fields: { reason: expect.any(String) } }],
    ["lead", "prospect", { reason: "   " }, { code: "BAD_INPUT", fields: { reason: expect.any(String) } }],
    ["negotiation", "customer", {}, { code: "BAD_INPUT", fields: { basis: expect.any(String) } }],
    ["customer", "negotiation", { reason: "x" }, { code: "PRECONDITION_FAILED" }],
    ["lead", "lead", {}, { code: "PRECONDITION_FAILED" }],
  ])("refuses %s → %s with %j", (from, to, details, error) => {
    expect(() => assertStageMove(from, to, details)).toThrow(expect.objectContaining(error));
  });
});

describe("guards", () => {
  it.each([
    ["lead", true],
    ["customer", true],
    ["vip", false],
    [3, false],
  ])("isLifecycleStage(%j) is %s", (value, expected) => {
    expect(isLifecycleStage(value)).toBe(expected);
  });

  it.each([
    ["vip", true],
    ["standard", true],
    ["gold", false],
  ])("isClientTier(%j) is %s", (value, expected) => {
    expect(isClientTier(value)).toBe(expected);
  });
});
