import { handoffExpired } from "@quartet/core";
import { handoffs } from "@quartet/db/org";
import { and, asc, eq, lt } from "drizzle-orm";
import { orgSettings, type RecordsContext } from "../timeline/context.ts";
import { decideHandoff } from "./decide-handoff.ts";
import { handoffEventOf } from "./handoffs.ts";

/**
 * Expires every requested handoff past its accept-by time, oldest first, up to `limit` per
 * call, in one transaction; each goes through `nextHandoffState` and onto the client's
 * timeline, and `core.handoff.expired` goes out for each. Not tied to a procedure, so a periodic job can run it as the system.
 */
export async function expireOverdueHandoffs(ctx: RecordsContext, limit = 500) {
  const { locale } = await orgSettings(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const due = await scope.tx
      .select()
      .from(handoffs)
      .where(and(eq(handoffs.state, "requested"), lt(handoffs.acceptBy, now)))
      .orderBy(asc(handoffs.acceptBy))
      .limit(limit);
    for (const handoff of due) {
      const after = await decideHandoff(
        ctx,
        scope,
        handoff,
        { type: "expire", now, acceptBy: handoff.acceptBy },
        locale,
      );
      await scope.emit(handoffExpired, { ...handoffEventOf(after), acceptBy: handoff.acceptBy });
    }
    return { expired: due.map((handoff) => handoff.id) };
  });
}
