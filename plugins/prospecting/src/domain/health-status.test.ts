import { describe, expect, it } from "vitest";
import { connectRateStatus, leadInflowStatus, untriagedAgeStatus } from "./health-status.ts";

describe("health thresholds", () => {
  it.each([
    [0, 20, 0, "ok"],
    [7, 20, 0.5, "warn"],
    [9, 20, 0.5, "ok"],
    [3, 20, 0.5, "bad"],
    [20, 20, 0.1, "ok"],
    [0, 0, 0.5, "unknown"],
  ] as const)("%i leads of %i at %s of the week → %s", (value, target, elapsed, status) => {
    expect(leadInflowStatus(value, target, elapsed)).toBe(status);
  });

  it.each([
    [null, "ok"],
    [0.5, "ok"],
    [3, "warn"],
    [30, "bad"],
  ] as const)("oldest untriaged %s h → %s", (hours, status) => {
    expect(untriagedAgeStatus(hours)).toBe(status);
  });

  it.each([
    [null, "unknown"],
    [0.35, "ok"],
    [0.2, "warn"],
    [0.1, "bad"],
  ] as const)("connect rate %s → %s", (rate, status) => {
    expect(connectRateStatus(rate)).toBe(status);
  });
});
