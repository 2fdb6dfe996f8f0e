import { type CurrencyCode, localDate, newId } from "@quartet/core";
import type { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { proposals } from "../../../db/schema.ts";
import { assertOpen } from "../../../domain/deal-transitions.ts";
import { type FirstSaleContext, orgInfo } from "../../context.ts";
import { lineOf } from "../deals/deal-view.ts";
import { linesFromInput } from "../deals/line-rows.ts";
import { linesOf, requireDeal } from "../deals/load-deal.ts";
import { nextProposalNumber } from "./load-proposal.ts";
import type { createProposalInput } from "./proposal-input.ts";
import { writeVersion } from "./write-version.ts";

const dayMs = 86_400_000;

/**
 * Writes a proposal for an open deal as a draft, version 1: the given lines or the deal's own,
 * terms and a validity date (today + `proposalValidityDays` by default).
 */
export async function createProposal({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof createProposalInput>;
}) {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await requireDeal(scope.tx, ctx.actor, input.dealId);
    assertOpen(deal.status, m.whatProposals);
    const currency = deal.currency as CurrencyCode;
    const lines = input.lines
      ? linesFromInput(input.lines, currency)
      : (await linesOf(scope.tx, deal.id)).map((l) => lineOf(l, currency));
    const now = ctx.clock.now();
    const validUntil =
      input.validUntil ?? localDate(now + ctx.settings.proposalValidityDays * dayMs, org.timeZone);
    const row = {
      id: newId("prp", now),
      dealId: deal.id,
      number: await nextProposalNumber(scope.tx),
      status: "draft" as const,
      currentVersion: 1,
      sentAt: null,
      acceptedAt: null,
      declinedAt: null,
      createdBy: ctx.actor.id,
      createdAt: now,
      updatedAt: now,
    };
    await scope.tx.insert(proposals).values(row);
    const version = await writeVersion(
      ctx,
      scope,
      org,
      { proposalId: row.id, version: 1, currency },
      {
        lines,
        terms: input.terms,
        validUntil,
      },
    );
    await scope.audit({
      action: "first-sale.proposal.create",
      entity: "proposal",
      entityId: row.id,
      after: { ...row, version },
    });
    return { ...row, version };
  });
}
