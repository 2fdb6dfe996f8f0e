import { type LeadQualified, leadQualified } from "@quartet/prospecting/contracts";
import { inArray } from "drizzle-orm";
import { deals } from "../../../db/schema.ts";
import { type FirstSaleContext, recordsOf } from "../../context.ts";
import type { Reader } from "../pipelines/load-pipeline.ts";

/** A qualified lead with the deal it has, if any. */
export type LeadWithDeal = { lead: LeadQualified; deal: { id: string; title: string } | null };

/**
 * A page of leads qualified in prospecting, oldest first — `prospecting.lead.qualified` events
 * read back from core, so leads qualified before first sale was enabled are there too — each with
 * its deal. `match` narrows by the event's fields (`{ clientId }`, `{ requestId }`).
 */
export async function leadPage(
  ctx: FirstSaleContext,
  db: Reader,
  page: { after?: string | null; limit: number; match?: Record<string, string> },
): Promise<{ items: LeadWithDeal[]; nextCursor: string | null }> {
  const events = await recordsOf(ctx).events.past(leadQualified, page);
  const ids = events.items.map((e) => e.payload.requestId);
  const linked = ids.length
    ? await db
        .select({ id: deals.id, title: deals.title, requestId: deals.leadRequestId })
        .from(deals)
        .where(inArray(deals.leadRequestId, ids))
    : [];
  const dealOf = new Map(linked.map((d) => [d.requestId, { id: d.id, title: d.title }]));
  return {
    items: events.items.map((e) => ({ lead: e.payload, deal: dealOf.get(e.payload.requestId) ?? null })),
    nextCursor: events.nextCursor,
  };
}

/** Every page of `leadPage` with `match`, walked to the end (500 leads a read). */
export async function allLeads(
  ctx: FirstSaleContext,
  db: Reader,
  match?: Record<string, string>,
): Promise<LeadWithDeal[]> {
  const all: LeadWithDeal[] = [];
  let after: string | null = null;
  do {
    const page = await leadPage(ctx, db, { after, limit: 500, ...(match && { match }) });
    all.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return all;
}
