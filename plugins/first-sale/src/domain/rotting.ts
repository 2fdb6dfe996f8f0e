import type { Stage } from "./pipeline.ts";

const dayMs = 86_400_000;

/** The part of a deal that decides whether it rots. */
export type RotFacts = {
  status: "open" | "won" | "lost";
  /** When the deal entered its current stage. */
  stageEnteredAt: number;
  nextStepText: string | null;
  nextStepTaskId: string | null;
};

/** Why a deal rots: it sat in its stage too long, or nobody planned what happens next. */
export type RotReason = "stale" | "no-next-step";

/**
 * Why an open deal rots: `stale` when it has been in its stage longer than the stage's rotting
 * days, `no-next-step` when it has neither a next step text nor a task. Closed deals never rot.
 */
export function rotReasons(deal: RotFacts, stage: Pick<Stage, "rottingDays">, now: number): RotReason[] {
  if (deal.status !== "open") return [];
  const reasons: RotReason[] = [];
  if (stage.rottingDays !== null && now - deal.stageEnteredAt > stage.rottingDays * dayMs)
    reasons.push("stale");
  if (!hasNextStep(deal)) reasons.push("no-next-step");
  return reasons;
}

/**
 * True when an open deal needs attention: in its stage longer than allowed, or without a next step.
 *
 * @example isRotting({ status: "open", stageEnteredAt: 0, nextStepText: "Call", nextStepTaskId: null }, { rottingDays: 3 }, 4 * 86_400_000) // true
 */
export function isRotting(deal: RotFacts, stage: Pick<Stage, "rottingDays">, now: number): boolean {
  return rotReasons(deal, stage, now).length > 0;
}

/** True when the deal has a next step: a text or a task. */
export function hasNextStep(deal: Pick<RotFacts, "nextStepText" | "nextStepTaskId">): boolean {
  return Boolean(deal.nextStepText?.trim() || deal.nextStepTaskId);
}
