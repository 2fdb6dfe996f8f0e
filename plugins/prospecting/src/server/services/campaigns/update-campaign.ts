import { DomainError } from "@quartet/core";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { campaigns } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";
import { scriptGraphAt } from "../scripts/read-scripts.ts";
import type { CampaignUpdate } from "./campaign-input.ts";

/** Pauses, resumes or retunes a campaign; a new script version applies to calls claimed from now on. */
export async function updateCampaign({ ctx, input }: { ctx: ProspectingContext; input: CampaignUpdate }) {
  const campaign = await loadCampaign(ctx, input.campaignId);
  if (input.scriptVersion !== undefined)
    await scriptGraphAt(ctx.org.db, campaign.scriptId, input.scriptVersion);
  const { campaignId: _id, ...change } = input;
  return ctx.org.write(ctx.actor, async (scope) => {
    const [row] = await scope.tx
      .update(campaigns)
      .set({ ...change, updatedAt: ctx.clock.now() })
      .where(eq(campaigns.id, campaign.id))
      .returning();
    await scope.audit({
      action: "prospecting.campaign.update",
      entity: "campaign",
      entityId: campaign.id,
      after: change,
    });
    return row;
  });
}

/** A campaign row, or NOT_FOUND. */
export async function loadCampaign(ctx: ProspectingContext, id: string) {
  const [row] = await ctx.org.db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!row) throw new DomainError("NOT_FOUND", m.noSuchCampaign);
  return row;
}
