import type { FarmingRules } from "../../../contracts/rules.ts";
import { rules } from "../../../db/schema.ts";
import { recomputeClients } from "../recompute/recompute-clients.ts";
import type { WithSystem } from "../recompute/system-view.ts";
import { loadRules, rulesRowId } from "./load-rules.ts";

/**
 * Replaces the company's farming rules (already validated by `farmingRulesSchema`), audits the
 * change as `farming.rules.update` with before and after, and recomputes every account with
 * them in the same transaction: a shorter cadence makes a client overdue at once.
 */
export async function saveRules({ ctx, input }: { ctx: WithSystem; input: FarmingRules }) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await loadRules(scope.tx);
    const row = { id: rulesRowId, rules: input, updatedBy: ctx.actor.id, updatedAt: ctx.clock.now() };
    await scope.tx
      .insert(rules)
      .values(row)
      .onConflictDoUpdate({
        target: rules.id,
        set: { rules: input, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
      });
    await scope.audit({
      action: "farming.rules.update",
      entity: "rules",
      entityId: rulesRowId,
      before,
      after: input,
    });
    await recomputeClients(ctx.system, scope, "all");
    return input;
  });
}
