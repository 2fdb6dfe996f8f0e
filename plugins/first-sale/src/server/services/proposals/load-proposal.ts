import { type Actor, DomainError } from "@quartet/core";
import { and, desc, eq, sql } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { proposals, proposalVersions } from "../../../db/schema.ts";
import { requireDeal } from "../deals/load-deal.ts";
import type { Reader } from "../pipelines/load-pipeline.ts";

/** A proposal row. */
export type ProposalRow = typeof proposals.$inferSelect;

/** The proposal (of a deal the actor may see) with its deal, or NOT_FOUND naming `proposalId`. */
export async function requireProposal(db: Reader, actor: Actor, proposalId: string) {
  const [row] = await db.select().from(proposals).where(eq(proposals.id, proposalId));
  if (!row)
    throw new DomainError("NOT_FOUND", m.noSuchProposal, { fields: { proposalId: m.noSuchProposal } });
  return { proposal: row, deal: await requireDeal(db, actor, row.dealId) };
}

/** One version of a proposal (the current one unless given), or NOT_FOUND naming `version`. */
export async function versionOf(db: Reader, proposalId: string, version?: number) {
  const [row] = await db
    .select()
    .from(proposalVersions)
    .where(
      and(
        eq(proposalVersions.proposalId, proposalId),
        version ? eq(proposalVersions.version, version) : undefined,
      ),
    )
    .orderBy(desc(proposalVersions.version))
    .limit(1);
  if (!row) throw new DomainError("NOT_FOUND", m.noSuchVersion, { fields: { version: m.noSuchVersion } });
  return row;
}

/** The next proposal number of the organisation: `P-000001`, read under the write lock. */
export async function nextProposalNumber(db: Reader): Promise<string> {
  const [row] = await db
    .select({ last: sql<number | null>`max(cast(substr(${proposals.number}, 3) as integer))` })
    .from(proposals);
  return `P-${String((row?.last ?? 0) + 1).padStart(6, "0")}`;
}
