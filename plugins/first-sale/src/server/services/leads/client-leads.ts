import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import type { FirstSaleContext } from "../../context.ts";
import { allLeads } from "./lead-page.ts";

/** A client whose leads to list. */
export const clientLeadsInput = z.object({ clientId: z.string().min(1, m.chooseClient) });

/**
 * A client's qualified leads without a deal, newest first, for linking a deal to one: the request,
 * the source as the organisation names it (null for leads qualified before names were sent), the
 * channel and when it was qualified.
 */
export async function clientLeads({ ctx, input }: { ctx: FirstSaleContext; input: { clientId: string } }) {
  const leads = await allLeads(ctx, ctx.org.db, { clientId: input.clientId });
  return leads
    .filter((item) => item.deal === null)
    .map(({ lead }) => ({
      requestId: lead.requestId,
      sourceName: lead.sourceName ?? null,
      channel: lead.channel,
      qualifiedAt: lead.qualifiedAt,
      note: lead.note,
    }))
    .reverse();
}
