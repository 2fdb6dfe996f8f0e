import { DomainError } from "@quartet/core";
import { eq } from "drizzle-orm";
import { overrides } from "../../../db/schema.ts";
import { tierIndex } from "../../../domain/tiers.ts";
import { orgInfo, type WithSystem } from "../../context.ts";
import { reassessClients } from "../assess/reassess-clients.ts";
import { loadProgram } from "../program/load-program.ts";
import { getClient } from "./get-client.ts";
import type { OverrideClientInput } from "./override-input.ts";

/**
 * Sets or clears a person's override on a client — `keep` at least at a tier (rules may still
 * promote it higher), `exclude` from every tier — with a reason and an optional last day, audited
 * as `vip.client.override`, and judges the client again at once in the same transaction.
 * BAD_INPUT names `tierKey` for a tier the program lacks and `until` for a day already past.
 */
export async function overrideClient({ ctx, input }: { ctx: WithSystem; input: OverrideClientInput }) {
  const org = await orgInfo(ctx);
  if (!(await ctx.records.clients.get(input.clientId)))
    throw new DomainError("NOT_FOUND", "No such client", { fields: { clientId: "No such client" } });
  await ctx.org.write(ctx.actor, async (scope) => {
    const program = await loadProgram(scope.tx);
    if (input.mode === "keep" && tierIndex(program, input.tierKey) < 0)
      throw new DomainError("BAD_INPUT", "The program has no such tier", {
        fields: { tierKey: "No such tier" },
      });
    if (input.mode !== "clear" && input.until && input.until < org.today)
      throw new DomainError("BAD_INPUT", "The last day is already past", {
        fields: { until: "Already past" },
      });
    const [before] = await scope.tx.select().from(overrides).where(eq(overrides.clientId, input.clientId));
    if (input.mode === "clear")
      await scope.tx.delete(overrides).where(eq(overrides.clientId, input.clientId));
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
    await scope.audit({
      action: "vip.client.override",
      entity: "client",
      entityId: input.clientId,
      before: before ?? null,
      after: input,
    });
    await reassessClients(ctx.system, scope, [input.clientId], program);
  });
  return getClient({ ctx, input: { clientId: input.clientId } });
}
