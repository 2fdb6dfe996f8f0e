import { DomainError } from "@quartet/core";
import type { WonBasis } from "../contracts/events.ts";
import type { LostReason } from "../contracts/lost-reasons.ts";
import type { WonRule } from "../contracts/settings.ts";
import { checkLostReason } from "./lost-reason-check.ts";
import type { Stage } from "./pipeline.ts";
import { canMarkWon, type WonFacts } from "./won-rule.ts";

/** A deal's status: being worked, won (the rule was met) or lost (with a reason). */
export type DealStatus = "open" | "won" | "lost";

/** The part of a deal a stage move looks at. */
export type MovingDeal = WonFacts & { status: DealStatus; pipelineId: string; stageId: string };

/** What a stage move turns out to be. */
export type StageMove =
  | { kind: "stay" }
  | { kind: "move" }
  | { kind: "win"; basis: WonBasis }
  | { kind: "lose"; reason: LostReason; note: string | null };

/** What the organisation decides about moves: its won rule and its lost reasons. */
export type MovePolicy = { rule: WonRule; lostReasons: readonly LostReason[] };

/**
 * Decides a move of a deal to `target`. Only open deals move (`CONFLICT` otherwise); the stage
 * must be in the deal's pipeline (`BAD_INPUT` naming `stageId`); the won stage needs the
 * organisation's rule met (`PRECONDITION_FAILED` saying what is missing, with the rule and the
 * facts in `details` for a translated message); the lost stage needs a reason from the list
 * (`BAD_INPUT` naming `reason`). Messages are English, as every server message.
 */
export function planStageMove(
  deal: MovingDeal,
  target: Pick<Stage, "id" | "kind"> & { pipelineId: string },
  policy: MovePolicy,
  request: { reason?: string | null; note?: string | null } = {},
): StageMove {
  if (deal.status !== "open") {
    const hint = deal.status === "lost" ? "; reopen it first" : "";
    throw new DomainError("CONFLICT", `The deal is ${deal.status} and no longer moves between stages${hint}`);
  }
  if (target.pipelineId !== deal.pipelineId) {
    throw new DomainError("BAD_INPUT", "The stage belongs to another pipeline", {
      fields: { stageId: "Choose a stage of the deal's pipeline" },
    });
  }
  if (target.id === deal.stageId) return { kind: "stay" };
  if (target.kind === "won") {
    const check = canMarkWon(policy.rule, deal);
    if (!check.ok) {
      const details = { rule: policy.rule, paidShare: deal.paidShare, contractSigned: deal.contractSigned };
      throw new DomainError("PRECONDITION_FAILED", check.message, { details });
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
  if (status === "won") throw new DomainError("CONFLICT", "A won deal cannot be reopened");
  if (status === "open") throw new DomainError("CONFLICT", "The deal is open already");
}

/** Throws `CONFLICT` unless the deal is open: closed deals keep their lines, amount and next step. */
export function assertOpen(status: DealStatus, what: string): void {
  if (status !== "open") throw new DomainError("CONFLICT", `The deal is ${status}: ${what} is closed`);
}
