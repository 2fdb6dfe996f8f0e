import type { VipProgram } from "../contracts/program.ts";
import { evaluateProgram, type TierEvaluation } from "./criteria.ts";
import type { ClientFacts } from "./facts.ts";
import type { CategoryParents } from "./measures.ts";
import { decideTier, type Override, type TierDecision, type VipState } from "./tier-decision.ts";

/** One client as the program sees it: its facts, where it stands, and any override. */
export type ClientStanding = { facts: ClientFacts; state: VipState; override: Override | null };

/** A client judged: every tier's evaluation and the decision. */
export type Reassessment = { clientId: string; evaluations: TierEvaluation[]; decision: TierDecision };

/**
 * Judges one client under a program on a date and decides its tier — the one path both saving
 * (and the nightly run) and the preview take, so the preview shows exactly what saving does.
 */
export function reassessClient(
  program: VipProgram,
  standing: ClientStanding,
  options: { asOf: string; categoryParents?: CategoryParents },
): Reassessment {
  const evaluations = evaluateProgram(program, standing.facts, {
    asOf: options.asOf,
    currentTierKey: standing.state.tierKey,
    ...(options.categoryParents ? { categoryParents: options.categoryParents } : {}),
  });
  const decision = decideTier({
    program,
    state: standing.state,
    evaluations,
    override: standing.override,
    asOf: options.asOf,
  });
  return { clientId: standing.facts.clientId, evaluations, decision };
}
