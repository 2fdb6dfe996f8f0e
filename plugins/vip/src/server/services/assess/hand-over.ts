import { type ClientSummary, isDomainError, type SalesFunction } from "@quartet/core";
import { decisionText } from "../../../domain/texts.ts";
import type { Judged } from "./judged.ts";
import { wordingNames } from "./wording-names.ts";

/** The function a client comes to VIP from and goes back to: farming when a farmer has it, else first sale. */
function homeOf(client: ClientSummary): SalesFunction {
  return client.owners.farming ? "farming" : "first-sale";
}

/**
 * Hands a client entering the program to the key-account managers (core handoff to `vip`), and a
 * client leaving it back to farming or first sale; the VIP owner is cleared on the way out. A
 * handoff already waiting for the same function is left as it is. Moves between tiers hand nothing.
 */
export async function handOver({ ctx, scope, org, program, client, decision }: Judged): Promise<void> {
  const entering = decision.action === "promote" && decision.from === null;
  const leaving = decision.action === "demote" && decision.to === null;
  if (!entering && !leaving) return;
  const home = homeOf(client);
  const note = decisionText(org.locale, decision, wordingNames(program, org));
  const context = { source: "vip", action: decision.action, from: decision.from, to: decision.to };
  if (leaving) await ctx.records.clients.setOwner(scope, client.id, "vip", null);
  try {
    await ctx.records.handoffs.request(scope, {
      clientId: client.id,
      fromFunction: entering ? home : "vip",
      toFunction: entering ? "vip" : home,
      note,
      context,
    });
  } catch (error) {
    if (!(isDomainError(error) && error.code === "CONFLICT")) throw error;
  }
}
