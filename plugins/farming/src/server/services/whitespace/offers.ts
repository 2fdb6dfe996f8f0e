import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { requireClient } from "../deals/deal-references.ts";
import type { WithSystem } from "../recompute/system-view.ts";
import { clientOffers } from "./client-offers.ts";

/** The client whose offers are asked for. */
export const offersInput = z.object({ clientId: z.string().min(1, m.chooseClient) });

/**
 * The categories a client's peers buy and it does not, with the evidence (peers, support,
 * confidence, lift, what it is based on); NOT_FOUND naming `clientId` for a client the caller does
 * not see.
 */
export async function listOffers({ ctx, input }: { ctx: WithSystem; input: z.output<typeof offersInput> }) {
  const client = await requireClient(ctx, input.clientId);
  return { clientId: client.id, items: await clientOffers(ctx, client.id) };
}
