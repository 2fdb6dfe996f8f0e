import { can, DomainError, type RecordsPort, type WriteScope } from "@quartet/core";
import type { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { type FirstSaleContext, orgInfo, recordsOf } from "../../context.ts";
import { assertLeadFree, clientLead } from "../leads/client-lead.ts";
import type { createDealInput } from "./deal-input.ts";
import { dealOf } from "./deal-view.ts";
import { insertDeal } from "./insert-deal.ts";
import { linesFromInput } from "./line-rows.ts";
import { requireClient, requireMember } from "./people.ts";
import { startStage } from "./start-stage.ts";

/**
 * Opens a deal for an existing client (`NOT_FOUND` naming `clientId` otherwise) or for a new
 * client by name, created in the same transaction (FORBIDDEN without `core.clients.write`). The
 * deal is named after the client unless given a title. The hunter is the one given (a member) or
 * the person creating it; a client without a first-sale owner gets the hunter as owner. With
 * `leadRequestId` the deal is linked to one of the client's qualified leads (see `linkLead`).
 */
export async function createDeal({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof createDealInput>;
}) {
  const records = recordsOf(ctx);
  const org = await orgInfo(ctx);
  if (input.newClientName && !can(ctx.actor, "core.clients.write")) {
    throw new DomainError("FORBIDDEN", m.clientsWriteNeeded, {
      fields: { newClientName: m.mayNotCreateClients },
    });
  }
  const existing = input.clientId ? await requireClient(records, input.clientId) : null;
  const lead = input.leadRequestId ? await clientLead(ctx, existing?.id ?? "", input.leadRequestId) : null;
  if (input.hunterId) await requireMember(records, input.hunterId);
  const hunterId = input.hunterId ?? (ctx.actor.kind === "user" ? ctx.actor.id : null);
  const currency = (input.currency ?? org.currency) as typeof org.currency;
  const lines = linesFromInput(input.lines, currency);
  return ctx.org.write(ctx.actor, async (scope) => {
    if (lead) await assertLeadFree(scope, lead.requestId);
    const stage = await startStage(ctx, scope, input);
    const client = existing ?? (await createClient(records, scope, input.newClientName));
    const row = await insertDeal(ctx, scope, org, {
      clientId: client.id,
      title: input.title ?? client.name,
      stage,
      contactId: input.contactId ?? null,
      hunterId,
      currency,
      estimateMinor: input.estimate?.amountMinor ?? 0,
      lines,
      expectedCloseOn: input.expectedCloseOn ?? null,
      source: input.source ?? lead?.sourceName ?? null,
      leadRequestId: lead?.requestId ?? null,
      leadQualifiedAt: lead?.qualifiedAt ?? null,
      nextStep: input.nextStep,
    });
    if (hunterId && !client.owners["first-sale"]) {
      await records.clients.setOwner(scope, client.id, "first-sale", hunterId);
    }
    return dealOf(row, stage, ctx.clock.now());
  });
}

/** A client created with its deal, from its name alone; it has no first-sale owner yet. */
async function createClient(records: RecordsPort, scope: WriteScope, name: string | undefined) {
  if (!name) throw new DomainError("BAD_INPUT", m.chooseClient, { fields: { clientId: m.chooseClient } });
  const { id } = await records.clients.create(scope, { name });
  return { id, name, owners: { "first-sale": null } };
}
