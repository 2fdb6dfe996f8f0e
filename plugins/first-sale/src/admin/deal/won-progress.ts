/** The organisation's "first sale done" rule, as `deals.policy` answers it. */
export type WonRule =
  | { kind: "full-payment" }
  | { kind: "contract-signed" }
  | { kind: "prepayment"; percent: number };

/** How far a deal is from counting as won: the share needed, the share paid, and whether the rule is met. */
export type WonProgress = {
  kind: WonRule["kind"];
  neededShare: number | null;
  paidShare: number;
  met: boolean;
};

/**
 * Progress toward the rule: for the money rules the paid share against the share needed (100 %
 * or the prepayment percent), for "contract signed" whether it is signed.
 *
 * @example wonProgress({ kind: "prepayment", percent: 30 }, { paidShare: 0.3, contractSignedAt: null }).met // true
 */
export function wonProgress(
  rule: WonRule,
  deal: { paidShare: number; contractSignedAt: number | null },
): WonProgress {
  const paidShare = deal.paidShare;
  if (rule.kind === "contract-signed") {
    return { kind: rule.kind, neededShare: null, paidShare, met: deal.contractSignedAt !== null };
  }
  const neededShare = rule.kind === "prepayment" ? rule.percent / 100 : 1;
  return { kind: rule.kind, neededShare, paidShare, met: paidShare + 1e-9 >= neededShare };
}
