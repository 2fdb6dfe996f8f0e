import { clientsMerged, DomainError, recordMessages, type ServiceContext } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { eq, or } from "drizzle-orm";
import { addActivity } from "../timeline/add-activity.ts";
import { ensureOnePrimary } from "./contacts/contact-rows.ts";
import { type ClientRow, visibleClient } from "./find-client.ts";
import { mergedFields, stageAfterMerge } from "./merge-fields.ts";
import { mergeRequisites } from "./merge-requisites.ts";
import { type MovedRecords, moveRecords } from "./move-records.ts";
import { reindexClient } from "./reindex-client.ts";
import { applyStageChange } from "./stage-change.ts";
import { mergeRefs, mergeTexts } from "./system-texts.ts";

/**
 * Merges a duplicate `fromId` into `intoId` in one transaction: `from`'s contacts, timeline,
 * orders, payments, tasks, handoffs, tags, keys and bank accounts move; `into`'s empty fields
 * (requisites too) are filled from it (and its stage moves forward if `from` was further); `from` keeps only `mergedIntoId`, so
 * lists hide it and `get` redirects. Both timelines and the audit log record it; `clientsMerged`
 * goes out. Merging a client into itself, or from or into a merged one, is refused.
 */
export async function mergeClients({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { intoId: string; fromId: string };
}): Promise<{ intoId: string; fromId: string; moved: MovedRecords }> {
  if (input.intoId === input.fromId) {
    throw new DomainError("BAD_INPUT", recordMessages.selfMerge, {
      fields: { fromId: recordMessages.chooseAnotherClient },
    });
  }
  return ctx.org.write(ctx.actor, async (scope) => {
    const tx = scope.tx;
    const into = unmerged(await visibleClient(tx, ctx.actor, input.intoId), "intoId");
    const from = unmerged(await visibleClient(tx, ctx.actor, input.fromId), "fromId");
    const now = ctx.clock.now();
    const moved = await moveRecords(tx, from.id, into.id);
    await mergeRequisites(tx, from.id, into.id, now);
    const filled = mergedFields(into, from);
    await tx
      .update(clients)
      .set({ ...filled, updatedAt: now })
      .where(eq(clients.id, into.id));
    await tx
      .update(clients)
      .set({ mergedIntoId: into.id, updatedAt: now })
      .where(or(eq(clients.id, from.id), eq(clients.mergedIntoId, from.id)));
    await ensureOnePrimary(tx, into.id);
    await reindexClient(tx, into.id);
    await reindexClient(tx, from.id);
    const { locale } = await ctx.records.people.organisation();
    const texts = mergeTexts(locale, from.name, into.name);
    const refs = mergeRefs(from.name, into.name);
    const stage = stageAfterMerge(into, from);
    if (stage)
      await applyStageChange(ctx, scope, into, stage, { reason: texts.into, basis: "manual", locale });
    const data = {
      event: "merged",
      fromId: from.id,
      fromName: from.name,
      intoId: into.id,
      intoName: into.name,
      moved,
    };
    await addActivity(scope, ctx.actor, now, {
      clientId: into.id,
      type: "system",
      function: null,
      body: texts.into,
      text: refs.into,
      data,
    });
    await addActivity(scope, ctx.actor, now, {
      clientId: from.id,
      type: "system",
      function: null,
      body: texts.from,
      text: refs.from,
      data,
    });
    await scope.audit({
      action: "core.client.merge",
      entity: "client",
      entityId: into.id,
      before: { into, from },
      after: { ...filled, fromId: from.id, moved },
    });
    await scope.emit(clientsMerged, { fromId: from.id, intoId: into.id });
    return { intoId: into.id, fromId: from.id, moved };
  });
}

function unmerged(client: ClientRow, field: "intoId" | "fromId"): ClientRow {
  if (!client.mergedIntoId) return client;
  throw new DomainError("PRECONDITION_FAILED", recordMessages.mergedAlready, {
    params: { name: client.name },
    fields: { [field]: recordMessages.alreadyMerged },
    details: { mergedIntoId: client.mergedIntoId },
  });
}
