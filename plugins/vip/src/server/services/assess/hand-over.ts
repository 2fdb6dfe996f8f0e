import { type ClientSummary, isDomainError, type SalesFunction } from "@quartet/core";
import type { VipProgram } from "../../../contracts/program.ts";
import { decisionText } from "../../../domain/texts.ts";
import type { Judged } from "./judged.ts";
import { wordingNames } from "./wording-names.ts";

/** The function a client comes to VIP from and goes back to: farming when a farmer has it, else first sale. */
function homeOf(client: ClientSummary): SalesFunction {
  return client.owners.farming ? "farming" : "first-sale";
}

/**
 * Whether a tier's clients get a key-account manager: its `dedicatedManager`; no tier, none; a tier
 * no longer in the program is taken to have had one (its clients may have been handed to VIP).
 */
function dedicated(program: VipProgram, tierKey: string | null): boolean {
  if (tierKey === null) return false;
  return program.tiers.find((t) => t.key === tierKey)?.privileges.dedicatedManager ?? true;
}

/**
 * Hands a client moving into a tier with a dedicated manager from one without (or from no tier) to
 * the key-account managers (core handoff to `vip`), and a client moving the other way back to
 * farming or first sale, the VIP owner cleared on the way. A tier without `dedicatedManager` hands
 * nothing: farming (or first sale) keeps the client. A handoff already waiting for the same
 * function is left as it is.
 */
export async function handOver({ ctx, scope, org, program, client, decision }: Judged): Promise<void> {
  if (decision.action !== "promote" && decision.action !== "demote") return;
  const before = dedicated(program, decision.from);
  const after = dedicated(program, decision.to);
  const entering = !before && after;
  const leaving = before && !after;
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
