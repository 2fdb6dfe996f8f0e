import type { CurrencyCode } from "@quartet/core";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { proposals } from "../../../db/schema.ts";
import { assertRevisable } from "../../../domain/proposal-status.ts";
import { type FirstSaleContext, orgInfo } from "../../context.ts";
import { linesFromInput } from "../deals/line-rows.ts";
import { requireProposal, versionOf } from "./load-proposal.ts";
import type { reviseProposalInput } from "./proposal-input.ts";
import { dealLineOf, writeVersion } from "./write-version.ts";

/**
 * Edits a proposal by writing a new version (what is not given is copied from the current one;
 * the organisation's name is taken afresh). The proposal becomes a draft again until it is sent; an
 * accepted proposal is not rewritten (`CONFLICT`).
 */
export async function reviseProposal({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof reviseProposalInput>;
}) {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const { proposal } = await requireProposal(scope.tx, ctx.actor, input.proposalId);
    assertRevisable(proposal.status);
    const current = await versionOf(scope.tx, proposal.id);
    const currency = current.currency as CurrencyCode;
    const next = proposal.currentVersion + 1;
    const version = await writeVersion(
      ctx,
      scope,
      org,
      { proposalId: proposal.id, version: next, currency },
      {
        lines: input.lines
          ? linesFromInput(input.lines, currency)
          : current.lines.map((l) => dealLineOf(l, currency)),
        terms: input.terms ?? current.terms,
        validUntil: input.validUntil ?? current.validUntil,
      },
    );
    const now = ctx.clock.now();
    const change = { currentVersion: next, status: "draft" as const, declinedAt: null, updatedAt: now };
    await scope.tx.update(proposals).set(change).where(eq(proposals.id, proposal.id));
    await scope.audit({
      action: "first-sale.proposal.revise",
      entity: "proposal",
      entityId: proposal.id,
      before: { version: proposal.currentVersion, status: proposal.status },
      after: { version: next, status: "draft" },
    });
    return { ...proposal, ...change, version };
  });
}
