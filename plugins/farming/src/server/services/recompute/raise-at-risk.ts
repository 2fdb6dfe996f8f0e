import type { ClientSummary, WriteScope } from "@quartet/core";
import { clientAtRisk } from "../../../contracts/events.ts";
import { atRiskNote, atRiskTaskTitle } from "../../../domain/texts.ts";
import type { FarmingContext, OrgInfo } from "../../context.ts";
import type { AccountRow } from "./read-facts.ts";

/**
 * The start of the account's current spell at risk after this recompute. Entering at-risk starts
 * a spell: `farming.client.at-risk` with the score and its factors, and a task for the farmer (when
 * a member is) whose note names the weakest factors. Staying at risk raises nothing more; leaving ends the spell, so the next entry
 * raises again.
 */
export async function raiseAtRisk(
  ctx: FarmingContext,
  scope: WriteScope,
  org: OrgInfo,
  client: ClientSummary,
  assigneeId: string | null,
  account: AccountRow,
): Promise<number | null> {
  if (account.healthStatus !== "at-risk" || account.healthScore === null) return null;
  if (account.atRiskSince !== null) return account.atRiskSince;
  const now = ctx.clock.now();
  await scope.emit(clientAtRisk, {
    clientId: client.id,
    farmerId: client.owners.farming,
    score: account.healthScore,
    factors: account.healthFactors,
    revenue12m: { amountMinor: account.revenue12mMinor, currency: account.currency },
    at: now,
  });
  if (assigneeId)
    await ctx.records.tasks.create(scope, {
      clientId: client.id,
      title: atRiskTaskTitle(org.locale, { clientName: client.name, score: account.healthScore }),
      note: atRiskNote(org.locale, account.healthFactors, org.currency) || undefined,
      function: "farming",
      assigneeId,
      dueAt: now,
    });
  return now;
}
