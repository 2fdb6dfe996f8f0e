import { type CurrencyCode, money } from "@quartet/core";
import { asc, eq } from "drizzle-orm";
import { proposalVersions } from "../../../db/schema.ts";
import type { FirstSaleContext } from "../../context.ts";
import { requireProposal } from "./load-proposal.ts";
import { dealLineOf } from "./write-version.ts";

/** A proposal with every version (oldest first): lines, totals, terms, validity. */
export async function getProposal({ ctx, input }: { ctx: FirstSaleContext; input: { proposalId: string } }) {
  const db = ctx.org.db;
  const { proposal } = await requireProposal(db, ctx.actor, input.proposalId);
  const versions = await db
    .select()
    .from(proposalVersions)
    .where(eq(proposalVersions.proposalId, proposal.id))
    .orderBy(asc(proposalVersions.version));
  return {
    ...proposal,
    versions: versions.map(
      ({ subtotalMinor, discountMinor, totalMinor, lines, requisites: _legacy, ...v }) => {
        const currency = v.currency as CurrencyCode;
        return {
          ...v,
          lines: lines.map((l) => dealLineOf(l, currency)),
          subtotal: money(subtotalMinor, currency),
          discount: money(discountMinor, currency),
          total: money(totalMinor, currency),
        };
      },
    ),
  };
}
