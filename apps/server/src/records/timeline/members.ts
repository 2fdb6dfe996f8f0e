import { DomainError, peopleMessages } from "@quartet/core";
import type { RecordsContext } from "./context.ts";

/** A member of the organisation as the records need one. */
export type MemberRef = { userId: string; name: string };

/** The member with `userId`, or `BAD_INPUT` naming `field` when they do not belong to the organisation. */
export async function requireMember(ctx: RecordsContext, userId: string, field: string): Promise<MemberRef> {
  const member = (await ctx.people.listMembers(ctx.org.orgId)).find((m) => m.userId === userId);
  if (!member) {
    throw new DomainError("BAD_INPUT", peopleMessages.notOrgMember, {
      fields: { [field]: peopleMessages.notMember },
    });
  }
  return { userId: member.userId, name: member.name };
}
