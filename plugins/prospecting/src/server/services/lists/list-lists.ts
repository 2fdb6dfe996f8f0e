import { count, desc } from "drizzle-orm";
import { callLists, listMembers, type MemberState } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";

/** Call lists, newest first, with how many records stand in each state. */
export async function listLists({ ctx }: { ctx: ProspectingContext }) {
  const lists = await ctx.org.db.select().from(callLists).orderBy(desc(callLists.createdAt));
  const counts = await ctx.org.db
    .select({ listId: listMembers.listId, state: listMembers.state, n: count() })
    .from(listMembers)
    .groupBy(listMembers.listId, listMembers.state);
  return lists.map((list) => ({
    ...list,
    states: Object.fromEntries(
      counts.filter((c) => c.listId === list.id).map((c) => [c.state, c.n]),
    ) as Partial<Record<MemberState, number>>,
  }));
}
