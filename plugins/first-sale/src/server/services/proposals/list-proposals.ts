import { type CurrencyCode, money } from "@quartet/core";
import { and, desc, eq } from "drizzle-orm";
import { proposals, proposalVersions } from "../../../db/schema.ts";
import type { FirstSaleContext } from "../../context.ts";
import { requireDeal } from "../deals/load-deal.ts";

/** A deal's proposals, newest first, each with its current version's total and validity. */
export async function listProposals({ ctx, input }: { ctx: FirstSaleContext; input: { dealId: string } }) {
  const db = ctx.org.db;
  await requireDeal(db, ctx.actor, input.dealId);
  const rows = await db
    .select({ proposal: proposals, version: proposalVersions })
    .from(proposals)
    .innerJoin(
      proposalVersions,
      and(
        eq(proposalVersions.proposalId, proposals.id),
        eq(proposalVersions.version, proposals.currentVersion),
      ),
    )
    .where(eq(proposals.dealId, input.dealId))
    .orderBy(desc(proposals.createdAt));
  return rows.map(({ proposal, version }) => ({
    ...proposal,
    total: money(version.totalMinor, version.currency as CurrencyCode),
    validUntil: version.validUntil,
  }));
}
