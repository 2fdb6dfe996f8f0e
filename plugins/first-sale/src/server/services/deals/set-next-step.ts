import { eq } from "drizzle-orm";
import type { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { deals } from "../../../db/schema.ts";
import { assertOpen } from "../../../domain/deal-transitions.ts";
import type { FirstSaleContext } from "../../context.ts";
import { requireStage } from "../pipelines/load-pipeline.ts";
import type { nextStepInput } from "./deal-input.ts";
import { dealOf } from "./deal-view.ts";
import { requireDeal } from "./load-deal.ts";

/** Sets what happens next on an open deal (a text or a core task, with a due date); all empty clears it. */
export async function setNextStep({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof nextStepInput> & { dealId: string };
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await requireDeal(scope.tx, ctx.actor, input.dealId);
    assertOpen(deal.status, m.whatNextStep);
    const now = ctx.clock.now();
    const next = {
      nextStepText: input.text || null,
      nextStepTaskId: input.taskId ?? null,
      nextStepDueOn: input.text || input.taskId ? (input.dueOn ?? null) : null,
    };
    await scope.tx
      .update(deals)
      .set({ ...next, updatedAt: now })
      .where(eq(deals.id, deal.id));
    await scope.audit({
      action: "first-sale.deal.next-step",
      entity: "deal",
      entityId: deal.id,
      before: { text: deal.nextStepText, taskId: deal.nextStepTaskId, dueOn: deal.nextStepDueOn },
      after: next,
    });
    return dealOf({ ...deal, ...next, updatedAt: now }, await requireStage(scope.tx, deal.stageId), now);
  });
}
