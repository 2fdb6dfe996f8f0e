import type { Locale, ServiceContext } from "@quartet/core";
import { recordMessages, salesFunctions } from "@quartet/core";
import { activities } from "@quartet/db/org";
import { and, desc, eq, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { activityTypes } from "./activity-types.ts";
import { decodeCursor, pageOf } from "./cursor.ts";
import { entryBody } from "./entry-text.ts";
import { visibleClient } from "./visible-client.ts";

/** Which part of a client's timeline to read. */
export const timelineInput = z.object({
  clientId: z.string().min(1, recordMessages.chooseClient),
  function: z.enum(salesFunctions).optional(),
  types: z.array(z.enum(activityTypes)).min(1).optional(),
  /** Only pinned entries (`true`), only the rest (`false`), or all (left out). */
  pinned: z.boolean().optional(),
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

/** One timeline per client across all functions, newest first, a page at a time; texts the server wrote worded in `locale`. */
export async function listTimeline({
  ctx,
  input,
  locale,
}: {
  ctx: ServiceContext;
  input: z.output<typeof timelineInput>;
  locale?: Locale;
}) {
  await visibleClient(ctx, input.clientId);
  const where: (SQL | undefined)[] = [eq(activities.clientId, input.clientId)];
  if (input.function) where.push(eq(activities.function, input.function));
  if (input.types) where.push(inArray(activities.type, input.types));
  if (input.pinned !== undefined)
    where.push(sql`coalesce(json_extract(${activities.data}, '$.pinned'), 0) = ${input.pinned ? 1 : 0}`);
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, ["number", "string"]);
    where.push(or(lt(activities.occurredAt, at), and(eq(activities.occurredAt, at), lt(activities.id, id))));
  }
  const rows = await ctx.org.db
    .select()
    .from(activities)
    .where(and(...where))
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(input.limit + 1);
  const worded = rows.map((row) => ({ ...row, body: entryBody(row, locale) }));
  return pageOf(worded, input.limit, (row) => [row.occurredAt, row.id]);
}
