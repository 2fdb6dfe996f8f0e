import { wordRef } from "@quartet/core";
import { describe, expect, it } from "vitest";
import type { WonRule } from "../contracts/settings.ts";
import { canMarkWon, wonConditionMet } from "./won-rule.ts";

const full: WonRule = { kind: "full-payment" };
const pre30: WonRule = { kind: "prepayment", percent: 30 };
const pre7: WonRule = { kind: "prepayment", percent: 7 };
const contract: WonRule = { kind: "contract-signed" };

describe("wonConditionMet", () => {
  it.each([
    [full, 1, false, true],
    [full, 1.2, false, true],
    [full, 0.99, true, false],
    [pre30, 0.3, false, true],
    [pre30, 0.2, false, false],
    [pre30, 0.29999, true, false],
    [pre7, 21 / 300, false, true],
    [{ kind: "prepayment", percent: 100 } as WonRule, 1, false, true],
    [contract, 0, true, true],
    [contract, 1, false, false],
  ] as const)("%o with paid share %d, contract %s → %s", (rule, paidShare, contractSigned, met) => {
    expect(wonConditionMet(rule, { paidShare, contractSigned })).toBe(met);
  });
});

describe("canMarkWon", () => {
  it("names the basis when the rule is met", () => {
    expect(canMarkWon(pre30, { paidShare: 0.5, contractSigned: false })).toEqual({
      ok: true,
      basis: "prepayment",
    });
  });

  it.each([
    [full, 0.5, "en", "paid in full, and 50 % is paid"],
    [pre30, 0.2, "en", "prepayment of 30 %, and 20 % is paid"],
    [pre30, 0.2, "ru", "нужна предоплата от 30 %, оплачено 20 %"],
    [contract, 1, "ru", "по подписанному договору"],
  ] as const)("explains what is missing (%o, %s)", (rule, paidShare, locale, text) => {
    const check = canMarkWon(rule, { paidShare, contractSigned: false });
    expect(check.ok ? "" : wordRef(locale, check.message)).toContain(text);
  });
});
