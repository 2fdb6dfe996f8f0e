import { DomainError, newId } from "@quartet/core";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { callLists, campaigns, scripts } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";
import { scriptGraphAt } from "../scripts/read-scripts.ts";
import type { CampaignInput } from "./campaign-input.ts";

/** Starts a campaign: a list worked with a script version under a calling window and recycling rules. One per list. */
export async function createCampaign({ ctx, input }: { ctx: ProspectingContext; input: CampaignInput }) {
  const db = ctx.org.db;
  const [list] = await db.select().from(callLists).where(eq(callLists.id, input.listId));
  if (!list) throw new DomainError("NOT_FOUND", m.noSuchCallList, { fields: { listId: m.notFound } });
  const [script] = await db.select().from(scripts).where(eq(scripts.id, input.scriptId));
  if (!script) throw new DomainError("NOT_FOUND", m.noSuchScript, { fields: { scriptId: m.notFound } });
  const scriptVersion = input.scriptVersion ?? script.latestVersion;
  await scriptGraphAt(db, script.id, scriptVersion);
  const [taken] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.listId, list.id));
  if (taken) throw new DomainError("CONFLICT", m.listHasCampaign, { fields: { listId: m.taken } });
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const row = {
      id: newId("cmp", now),
      name: input.name,
      listId: list.id,
      scriptId: script.id,
      scriptVersion,
      window: input.window,
      maxAttempts: input.maxAttempts,
      retryDelays: input.retryDelays,
      callbackToSameCaller: input.callbackToSameCaller ?? ctx.settings.callbackToSameCaller,
      status: "active" as const,
      createdAt: now,
      updatedAt: now,
    };
    await scope.tx.insert(campaigns).values(row);
    await scope.audit({
      action: "prospecting.campaign.create",
      entity: "campaign",
      entityId: row.id,
      after: { name: row.name },
    });
    return row;
  });
}
