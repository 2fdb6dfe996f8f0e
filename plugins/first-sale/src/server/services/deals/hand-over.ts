import { type ClientSummary, isDomainError, type Money, type WriteScope } from "@quartet/core";
import { dealTexts } from "../../../domain/deal-texts.ts";
import { type FirstSaleContext, type OrgInfo, recordsOf } from "../../context.ts";
import { type DealRow, linesOf } from "./load-deal.ts";

/**
 * The hunter → farmer handover after a win: asks core for a handoff to farming with a summary of
 * the deal, and lets core's assignment engine pick the farmer (possibly nobody yet: the handoff
 * then waits in farming's queue). Skipped when the client already has a farmer, or already
 * waits for one (core's `CONFLICT`). Returns the handoff id, or null.
 */
export async function handOverToFarming(
  ctx: FirstSaleContext,
  scope: WriteScope,
  org: OrgInfo,
  deal: DealRow,
  amount: Money,
): Promise<string | null> {
  const records = recordsOf(ctx);
  const client: ClientSummary | null = await records.clients.get(deal.clientId);
  if (!client || client.owners.farming) return null;
  const lines = (await linesOf(scope.tx, deal.id)).map((l) => ({
    productId: l.productId,
    name: l.name,
    quantity: l.quantity,
    totalMinor: l.totalMinor,
  }));
  try {
    const handoff = await records.handoffs.request(scope, {
      clientId: client.id,
      fromFunction: "first-sale",
      toFunction: "farming",
      note: dealTexts.handoff(org.locale, deal.title, amount, lines),
      context: { dealId: deal.id, amount, lines, orderId: deal.orderId, hunterId: deal.hunterId },
    });
    return handoff.id;
  } catch (error) {
    if (isDomainError(error) && error.code === "CONFLICT") return null;
    throw error;
  }
}
