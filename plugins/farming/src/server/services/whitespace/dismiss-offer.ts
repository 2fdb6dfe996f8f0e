import { DomainError } from "@quartet/core";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { requireCategory, requireClient } from "../deals/deal-references.ts";
import type { WithSystem } from "../recompute/system-view.ts";
import { clientOffers } from "./client-offers.ts";
import { decisionOf, recordDecision } from "./decide-offer.ts";

/** A client's category. */
export const offerInput = z.object({
  clientId: z.string().min(1, m.chooseClient),
  categoryId: z.string().min(1, m.chooseCategory),
});

/**
 * Hides an offer from the client's list for good, keeping the evidence as it was shown. Dismissing
 * twice is a no-op; an accepted offer stays accepted (CONFLICT naming `categoryId`).
 */
export async function dismissOffer({ ctx, input }: { ctx: WithSystem; input: z.output<typeof offerInput> }) {
  const client = await requireClient(ctx, input.clientId);
  const shown = await clientOffers(ctx, client.id, input.categoryId);
  const offer = shown.find((o) => o.categoryId === input.categoryId);
  if (!offer) await requireCategory(ctx, input.categoryId);
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await decisionOf(scope, client.id, input.categoryId);
    if (before?.status === "dismissed") return { offerId: before.id, status: before.status };
    if (before?.status === "accepted") {
      throw new DomainError("CONFLICT", m.offerTaken, {
        fields: { categoryId: m.alreadyAccepted },
        details: { dealId: before.dealId },
      });
    }
    const evidence = offer ?? {};
    const row = await recordDecision(ctx, scope, before, {
      clientId: client.id,
      categoryId: input.categoryId,
      status: "dismissed",
      evidence,
      dealId: null,
    });
    return { offerId: row.id, status: row.status };
  });
}
