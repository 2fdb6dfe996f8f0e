import { DomainError, type WriteScope } from "@quartet/core";
import type { LeadQualified } from "@quartet/prospecting/contracts";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { deals } from "../../../db/schema.ts";
import { type FirstSaleContext, recordsOf } from "../../context.ts";
import { leadPage } from "./lead-page.ts";

/**
 * The qualified lead `requestId` of the client (or of a client merged into it), or BAD_INPUT
 * naming `leadRequestId`: a deal links only to its own client's lead.
 */
export async function clientLead(
  ctx: FirstSaleContext,
  clientId: string,
  requestId: string,
): Promise<LeadQualified> {
  const { items } = await leadPage(ctx, ctx.org.db, { limit: 1, match: { requestId } });
  const lead = items[0]?.lead;
  const leadClient = lead ? await recordsOf(ctx).clients.get(lead.clientId) : null;
  const ours = leadClient && (leadClient.id === clientId || leadClient.mergedIntoId === clientId);
  if (!lead || !ours)
    throw new DomainError("BAD_INPUT", m.noSuchLead, { fields: { leadRequestId: m.noSuchLead } });
  return lead;
}

/** CONFLICT naming `leadRequestId` when another deal already has the lead (read inside the transaction). */
export async function assertLeadFree(scope: WriteScope, requestId: string): Promise<void> {
  const [taken] = await scope.tx
    .select({ title: deals.title })
    .from(deals)
    .where(eq(deals.leadRequestId, requestId));
  if (taken)
    throw new DomainError("CONFLICT", m.leadHasDeal, {
      params: { title: taken.title },
      fields: { leadRequestId: m.leadHasDeal },
    });
}
