import { DomainError } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
import { listMembers } from "../../../db/calling.ts";
import type { StepAnswer } from "../../../domain/script-graph.ts";
import { walkScript } from "../../../domain/walk-script.ts";
import type { ProspectingContext } from "../../context.ts";
import { loadCampaign } from "../campaigns/update-campaign.ts";
import { scriptGraphAt } from "../scripts/read-scripts.ts";
import { campaignOfList } from "./campaign-of-list.ts";
import { heldRecord, stillHeld } from "./held-record.ts";

/**
 * Records the caller's answer at the current script step and returns where it leads. The walk
 * is kept on the claim, so the call screen survives a reload; `dispose` writes it to the call.
 */
export async function answerStep({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { memberId: string; stepId: string; value: StepAnswer };
}) {
  const member = await heldRecord(ctx, input.memberId);
  const campaign = await loadCampaign(ctx, await campaignOfList(ctx, member.listId));
  const graph = await scriptGraphAt(ctx.org.db, campaign.scriptId, campaign.scriptVersion);
  const answers = [...member.scriptAnswers, { stepId: input.stepId, value: input.value }];
  const walk = walkScript(graph, answers);
  await ctx.org.write(ctx.actor, async ({ tx }) => {
    const updated = await tx
      .update(listMembers)
      .set({ scriptAnswers: answers, updatedAt: ctx.clock.now() })
      .where(stillHeld(ctx, member.id))
      .returning({ id: listMembers.id });
    if (updated.length === 0) throw new DomainError("CONFLICT", m.noLongerHeld);
  });
  return {
    step: walk.currentStepId ? (graph.steps.find((s) => s.id === walk.currentStepId) ?? null) : null,
    outcome: walk.disposition,
    answers,
  };
}
