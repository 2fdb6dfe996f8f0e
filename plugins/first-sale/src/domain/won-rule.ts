import { type MessageRef, msg } from "@quartet/core";
import type { WonBasis } from "../contracts/events.ts";
import { m } from "../contracts/messages.ts";
import type { WonRule } from "../contracts/settings.ts";

/** What is known about a deal when its win is judged: the paid share of its invoice and whether a contract is signed. */
export type WonFacts = { paidShare: number; contractSigned: boolean };

/** Shares are quotients of integers; a hair of tolerance keeps 21/300 ≥ 7 % true. */
const epsilon = 1e-9;

/**
 * True when the organisation's rule counts the deal as won: everything paid (`paidShare ≥ 1`),
 * a prepayment of at least `percent` %, or a signed contract.
 *
 * @example wonConditionMet({ kind: "prepayment", percent: 30 }, { paidShare: 0.3, contractSigned: false }) // true
 */
export function wonConditionMet(rule: WonRule, facts: WonFacts): boolean {
  switch (rule.kind) {
    case "full-payment":
      return facts.paidShare + epsilon >= 1;
    case "prepayment":
      return facts.paidShare + epsilon >= rule.percent / 100;
    case "contract-signed":
      return facts.contractSigned;
  }
}

/** Whether a person may mark a deal won now, and if not, a message (key and parameters) that says what is missing. */
export type MarkWonCheck = { ok: true; basis: WonBasis } | { ok: false; message: MessageRef };

/**
 * Whether a deal may be marked won against the rule: a deal is won only when the organisation's
 * rule is met, whoever asks.
 *
 * @example canMarkWon({ kind: "full-payment" }, { paidShare: 0.5, contractSigned: true }).ok // false
 */
export function canMarkWon(rule: WonRule, facts: WonFacts): MarkWonCheck {
  if (wonConditionMet(rule, facts)) return { ok: true, basis: rule.kind };
  const paid = Math.floor(facts.paidShare * 1000) / 10;
  switch (rule.kind) {
    case "full-payment":
      return { ok: false, message: msg(m.wonFullPayment, { paid }) };
    case "prepayment":
      return { ok: false, message: msg(m.wonPrepayment, { percent: rule.percent, paid }) };
    case "contract-signed":
      return { ok: false, message: msg(m.wonContract) };
  }
}
