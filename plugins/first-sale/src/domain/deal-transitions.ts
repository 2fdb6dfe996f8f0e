import { DomainError, msg } from "@quartet/core";
import type { WonBasis } from "../contracts/events.ts";
import type { LostReason } from "../contracts/lost-reasons.ts";
import { m } from "../contracts/messages.ts";
import type { WonRule } from "../contracts/settings.ts";
import { checkLostReason } from "./lost-reason-check.ts";
import type { Stage } from "./pipeline.ts";
import { canMarkWon, type WonFacts } from "./won-rule.ts";

/** A deal's status: being worked, won (the rule was met) or lost (with a reason). */
export type DealStatus = "open" | "won" | "lost";

/** The catalog key of each status's word, for messages that name it («Сделка выиграна…»). */
export const statusWords: Record<DealStatus, string> = {
  open: m.statusOpen,
  won: m.statusWon,
  lost: m.statusLost,
};

/** The part of a deal a stage move looks at. */
export type MovingDeal = WonFacts & { status: DealStatus; pipelineId: string; stageId: string };

/** What a stage move turns out to be. */
export type StageMove =
  | { kind: "stay" }
  | { kind: "move" }
  | { kind: "win"; basis: WonBasis }
  | { kind: "lose"; reason: LostReason; note: string | null };

/** What the organisation decides about moves: its won rule, its lost reasons and the language it names them in. */
export type MovePolicy = { rule: WonRule; lostReasons: readonly LostReason[] };

/**
 * Decides a move of a deal to `target`. Only open deals move (`CONFLICT` otherwise); the stage
 * must be in the deal's pipeline (`BAD_INPUT` naming `stageId`); the won stage needs the
 * organisation's rule met (`PRECONDITION_FAILED` saying what is missing, with the rule and the
 * facts in `details`); the lost stage needs a reason from the list (`BAD_INPUT` naming `reason`).
 */
export function planStageMove(
  deal: MovingDeal,
  target: Pick<Stage, "id" | "kind"> & { pipelineId: string },
  policy: MovePolicy,
  request: { reason?: string | null; note?: string | null } = {},
): StageMove {
  if (deal.status === "lost") throw new DomainError("CONFLICT", m.lostNoMove);
  if (deal.status === "won") {
    throw new DomainError("CONFLICT", m.closedNoMove, { params: { status: msg(statusWords.won) } });
  }
  if (target.pipelineId !== deal.pipelineId) {
    throw new DomainError("BAD_INPUT", m.otherPipeline, {
      fields: { stageId: m.stageOfDealPipeline },
    });
  }
  if (target.id === deal.stageId) return { kind: "stay" };
  if (target.kind === "won") {
    const check = canMarkWon(policy.rule, deal);
    if (!check.ok) {
      const details = { rule: policy.rule, paidShare: deal.paidShare, contractSigned: deal.contractSigned };
      throw new DomainError("PRECONDITION_FAILED", check.message.key, {
        params: check.message.params,
        details,
      });
    }
    return { kind: "win", basis: check.basis };
  }
  if (target.kind === "lost") {
    const reason = checkLostReason(policy.lostReasons, request.reason, request.note);
    return { kind: "lose", reason, note: request.note?.trim() || null };
  }
  return { kind: "move" };
}

/** Throws unless the deal is lost: a won deal stays won (the money is in), an open one needs no reopening. */
export function assertReopenable(status: DealStatus): void {
  if (status === "won") throw new DomainError("CONFLICT", m.wonStaysWon);
  if (status === "open") throw new DomainError("CONFLICT", m.openAlready);
}

/**
 * Throws `CONFLICT` unless the deal is open: closed deals keep their lines, amount and next step.
 * `what` is the catalog key of what was asked, e.g. `m.whatLines`.
 */
export function assertOpen(status: DealStatus, what: string): void {
  if (status !== "open") {
    throw new DomainError("CONFLICT", m.closedFor, {
      params: { status: msg(statusWords[status]), what: msg(what) },
    });
  }
}
