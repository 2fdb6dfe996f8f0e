import type { ServiceContext } from "@quartet/core";
import { functionAssignments, handoffs } from "@quartet/db/org";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { handoffRows } from "./handoffs.ts";

/**
 * What waits for the signed-in member, soonest deadline first and flagged `overdue`: handoffs
 * addressed to them (`items`), and handoffs nobody could be assigned to in the functions they
 * cover (`unassigned`), which anyone there may take.
 */
export async function pendingHandoffs({ ctx }: { ctx: ServiceContext }) {
  const now = ctx.clock.now();
  const order = [asc(handoffs.acceptBy), asc(handoffs.id)];
  const requested = eq(handoffs.state, "requested");
  const items = await handoffRows(
    ctx.org.db,
    now,
    and(eq(handoffs.receiverId, ctx.actor.id), requested),
    order,
  );
  const covered = await ctx.org.db
    .select({ function: functionAssignments.function })
    .from(functionAssignments)
    .where(eq(functionAssignments.userId, ctx.actor.id));
  const functions = covered.map((row) => row.function);
  const unassigned = functions.length
    ? await handoffRows(
        ctx.org.db,
        now,
        and(isNull(handoffs.receiverId), requested, inArray(handoffs.toFunction, functions)),
        order,
      )
    : [];
  return { items, unassigned };
}
