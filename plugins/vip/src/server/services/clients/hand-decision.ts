import { DomainError, type WriteScope } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
import { tierIndex } from "../../../domain/tiers.ts";
import { orgInfo, type WithSystem } from "../../context.ts";
import { reassessClients } from "../assess/reassess-clients.ts";
import { loadProgram } from "../program/load-program.ts";
import { getClient } from "./get-client.ts";

/** What a person decides about one client by hand: the tier it names and its last day, when it has them. */
export type HandDecision = {
  clientId: string;
  tierKey?: string | undefined;
  until?: string | null | undefined;
};

/**
 * Applies a person's decision on a client (an override or a designation) in one transaction:
 * NOT_FOUND for a client the caller does not see, BAD_INPUT naming `tierKey` for a tier the program
 * lacks and `until` for a day already past; then `store` writes it and returns the row it replaced,
 * the change is audited as `action` with before and after, and the client is judged again at once.
 * Returns the client's card.
 */
export async function applyHandDecision(
  ctx: WithSystem,
  decision: HandDecision,
  action: string,
  store: (scope: WriteScope) => Promise<unknown>,
) {
  const org = await orgInfo(ctx);
  if (!(await ctx.records.clients.get(decision.clientId)))
    throw new DomainError("NOT_FOUND", m.noSuchClient, { fields: { clientId: m.noSuchClient } });
  await ctx.org.write(ctx.actor, async (scope) => {
    const program = await loadProgram(scope.tx);
    if (decision.tierKey !== undefined && tierIndex(program, decision.tierKey) < 0)
      throw new DomainError("BAD_INPUT", m.noSuchTierProgram, {
        fields: { tierKey: m.noSuchTier },
      });
    if (decision.until && decision.until < org.today)
      throw new DomainError("BAD_INPUT", m.lastDayPast, {
        fields: { until: m.alreadyPast },
      });
    const before = await store(scope);
    await scope.audit({
      action,
      entity: "client",
      entityId: decision.clientId,
      before: before ?? null,
      after: decision,
    });
    await reassessClients(ctx.system, scope, [decision.clientId], program);
  });
  return getClient({ ctx, input: { clientId: decision.clientId } });
}
