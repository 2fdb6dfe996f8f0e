import { DomainError, handoffCancelled, recordMessages } from "@quartet/core";
import { orgSettings, type RecordsContext } from "../timeline/context.ts";
import { decideHandoff } from "./decide-handoff.ts";
import { handoffEventOf, handoffOf, requireHandoff } from "./handoffs.ts";

/** The requester takes back a handoff nobody has answered yet (FORBIDDEN for anyone else); `core.handoff.cancelled` tells the receiving side. */
export async function cancelHandoff({ ctx, input }: { ctx: RecordsContext; input: { handoffId: string } }) {
  const { locale } = await orgSettings(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireHandoff(scope.tx, input.handoffId);
    if (before.requestedBy !== ctx.actor.id) {
      throw new DomainError("FORBIDDEN", recordMessages.onlyRequester);
    }
    const after = await decideHandoff(ctx, scope, before, { type: "cancel" }, locale);
    await scope.emit(handoffCancelled, handoffEventOf(after));
    return handoffOf(after, ctx.clock.now());
  });
}
