import { type PartyRequisites, partyFromRequisites } from "@quartet/core";
import { visibleClient } from "../../records/clients/find-client.ts";
import { getClientRequisites } from "../../requisites/client-requisites.ts";
import type { RequisitesContext } from "../../requisites/context.ts";

/**
 * The buyer as a document prints it: the client's requisites (short or full legal name, INN,
 * KPP, legal address, default bank account), else just the client's name. NOT_FOUND naming
 * `clientId` for a client the actor may not see.
 */
export async function buyerParty(ctx: RequisitesContext, clientId: string): Promise<PartyRequisites> {
  const client = await visibleClient(ctx.org.db, ctx.actor, clientId);
  const party = partyFromRequisites(await getClientRequisites(ctx, clientId));
  return party.name ? party : { ...party, name: client.name };
}
