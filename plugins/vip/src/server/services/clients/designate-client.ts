import { eq } from "drizzle-orm";
import { designations } from "../../../db/schema.ts";
import type { WithSystem } from "../../context.ts";
import type { DesignateClientInput } from "./designate-input.ts";
import { applyHandDecision } from "./hand-decision.ts";

/**
 * Designates a client by hand for a tier (special terms) or clears it, audited as
 * `vip.client.designate`; the client is judged again at once. Unlike an override, a designation
 * is a criterion: it counts only where a tier has a `manual` criterion, combined with the tier's
 * others, for that tier and those below it.
 */
export function designateClient({ ctx, input }: { ctx: WithSystem; input: DesignateClientInput }) {
  const decision = {
    ...input,
    tierKey: input.mode === "designate" ? input.tierKey : undefined,
    until: input.mode === "designate" ? input.until : undefined,
  };
  return applyHandDecision(ctx, decision, "vip.client.designate", async (scope) => {
    const where = eq(designations.clientId, input.clientId);
    const [before] = await scope.tx.select().from(designations).where(where);
    if (input.mode === "clear") await scope.tx.delete(designations).where(where);
    else {
      const { clientId, tierKey, reason } = input;
      const row = {
        clientId,
        tierKey,
        reason,
        until: input.until ?? null,
        setBy: ctx.actor.id,
        setAt: ctx.clock.now(),
      };
      await scope.tx
        .insert(designations)
        .values(row)
        .onConflictDoUpdate({ target: designations.clientId, set: row });
    }
    return before;
  });
}
