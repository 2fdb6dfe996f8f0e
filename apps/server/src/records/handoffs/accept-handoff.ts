import { DomainError, handoffAccepted, recordMessages, type SalesFunction } from "@quartet/core";
import { setOwnerIn } from "../clients/index.ts";
import { orgSettings, type RecordsContext } from "../timeline/context.ts";
import { decideHandoff } from "./decide-handoff.ts";
import { assertMayAnswer, handoffEventOf, handoffOf, requireHandoff } from "./handoffs.ts";

/**
 * The receiver takes the client — or, when the handoff has no receiver, whoever on the team
 * accepts it. In the same transaction they become the client's owner for the receiving
 * function, and `core.handoff.accepted` is emitted. Accepting late still counts while nobody
 * has expired the handoff.
 */
export async function acceptHandoff({ ctx, input }: { ctx: RecordsContext; input: { handoffId: string } }) {
  if (ctx.actor.kind !== "user") throw new DomainError("FORBIDDEN", recordMessages.onlyMemberTakes);
  const { locale } = await orgSettings(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireHandoff(scope.tx, input.handoffId);
    assertMayAnswer(ctx, before);
    const after = await decideHandoff(ctx, scope, before, { type: "accept" }, locale, ctx.actor.id);
    const to = after.toFunction as SalesFunction;
    await setOwnerIn(ctx, scope, after.clientId, to, ctx.actor.id, ctx.actor.name);
    await scope.emit(handoffAccepted, handoffEventOf(after));
    return handoffOf(after, ctx.clock.now());
  });
}
