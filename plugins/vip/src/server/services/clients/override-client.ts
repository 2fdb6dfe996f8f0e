import { eq } from "drizzle-orm";
import { overrides } from "../../../db/schema.ts";
import type { WithSystem } from "../../context.ts";
import { applyHandDecision } from "./hand-decision.ts";
import type { OverrideClientInput } from "./override-input.ts";

/**
 * Sets or clears a person's override on a client — `keep` at least at a tier (rules may still
 * promote it higher), `exclude` from every tier — with a reason and an optional last day, audited
 * as `vip.client.override`; the client is judged again at once in the same transaction.
 */
export function overrideClient({ ctx, input }: { ctx: WithSystem; input: OverrideClientInput }) {
  const decision = {
    ...input,
    tierKey: input.mode === "keep" ? input.tierKey : undefined,
    until: input.mode === "clear" ? undefined : input.until,
  };
  return applyHandDecision(ctx, decision, "vip.client.override", async (scope) => {
    const where = eq(overrides.clientId, input.clientId);
    const [before] = await scope.tx.select().from(overrides).where(where);
    if (input.mode === "clear") await scope.tx.delete(overrides).where(where);
    else {
      const row = {
        clientId: input.clientId,
        mode: input.mode,
        tierKey: input.mode === "keep" ? input.tierKey : null,
        reason: input.reason,
        until: input.until ?? null,
        setBy: ctx.actor.id,
        setAt: ctx.clock.now(),
      };
      await scope.tx
        .insert(overrides)
        .values(row)
        .onConflictDoUpdate({ target: overrides.clientId, set: row });
    }
    return before;
  });
}
