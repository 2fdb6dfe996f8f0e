import { and, asc, eq } from "drizzle-orm";
import { listMembers, type MemberState } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";

/** Members of a list in one state (all when omitted), oldest first. */
export async function listMembersOf({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { listId: string; state?: MemberState; limit?: number };
}) {
  const where = input.state
    ? and(eq(listMembers.listId, input.listId), eq(listMembers.state, input.state))
    : eq(listMembers.listId, input.listId);
  return ctx.org.db
    .select()
    .from(listMembers)
    .where(where)
    .orderBy(asc(listMembers.availableAt), asc(listMembers.id))
    .limit(input.limit ?? 200);
}
