import { handoffRejected } from "@quartet/core";
import { orgSettings, type RecordsContext } from "../timeline/context.ts";
import { decideHandoff } from "./decide-handoff.ts";
import { assertMayAnswer, handoffEventOf, handoffOf, requireHandoff } from "./handoffs.ts";

/**
 * The receiver (or, with no receiver, anyone on the team) refuses the client with a reason
 * (`BAD_INPUT` naming `reason` without one); the client stays with the sending function and
 * `core.handoff.rejected` tells it why.
 */
export async function rejectHandoff({
  ctx,
  input,
}: {
  ctx: RecordsContext;
  input: { handoffId: string; reason: string };
}) {
  const { locale } = await orgSettings(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireHandoff(scope.tx, input.handoffId);
    assertMayAnswer(ctx, before);
    const after = await decideHandoff(ctx, scope, before, { type: "reject", reason: input.reason }, locale);
    await scope.emit(handoffRejected, { ...handoffEventOf(after), reason: after.reason ?? input.reason });
    return handoffOf(after, ctx.clock.now());
  });
}
