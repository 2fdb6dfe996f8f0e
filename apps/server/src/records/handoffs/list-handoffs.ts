import type { ServiceContext } from "@quartet/core";
import { handoffs } from "@quartet/db/org";
import { and, desc, eq, lt, not, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { teammatesOf } from "../clients/index.ts";
import { decodeCursor, pageOf } from "../timeline/cursor.ts";
import type { listHandoffsInput } from "./handoff-input.ts";
import { handoffRows } from "./handoffs.ts";

/**
 * Handoffs across the organisation, newest first, filtered by state, functions, receiver and
 * whether they wait past their SLA. The actor's record scope bounds it: `team` and `own` see
 * the handoffs their teammates or they themselves sent or received.
 */
export async function listHandoffs({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof listHandoffsInput>;
}) {
  const now = ctx.clock.now();
  const late = sql`(${handoffs.state} = 'requested' and ${handoffs.acceptBy} < ${now})`;
  const where: (SQL | undefined)[] = [
    input.state ? eq(handoffs.state, input.state) : undefined,
    input.fromFunction ? eq(handoffs.fromFunction, input.fromFunction) : undefined,
    input.toFunction ? eq(handoffs.toFunction, input.toFunction) : undefined,
    input.receiverId ? eq(handoffs.receiverId, input.receiverId) : undefined,
    input.overdue === undefined ? undefined : input.overdue ? late : not(late),
    reach(ctx),
  ];
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, ["number", "string"]);
    where.push(or(lt(handoffs.createdAt, at), and(eq(handoffs.createdAt, at), lt(handoffs.id, id))));
  }
  const order = [desc(handoffs.createdAt), desc(handoffs.id)];
  const rows = await handoffRows(ctx.org.db, now, and(...where), order, input.limit + 1);
  return pageOf(rows, input.limit, (row) => [row.createdAt, row.id]);
}

function reach(ctx: ServiceContext): SQL | undefined {
  const scope = ctx.actor.kind === "system" ? "all" : (ctx.actor.scope ?? "all");
  if (scope === "all") return undefined;
  if (scope === "own")
    return or(eq(handoffs.requestedBy, ctx.actor.id), eq(handoffs.receiverId, ctx.actor.id));
  const people = teammatesOf(ctx.actor.id);
  return or(sql`${handoffs.requestedBy} in ${people}`, sql`${handoffs.receiverId} in ${people}`);
}
