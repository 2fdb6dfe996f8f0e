import { corePermissions, peopleMessages } from "@quartet/core";
import { authedProcedure, protectedProcedure, publicProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";

const manage = protectedProcedure(corePermissions.membersManage.id);
const userId = z.object({ userId: z.string().min(1, peopleMessages.chooseMember) });
const token = z.object({ token: z.string().min(10, peopleMessages.linkIncomplete).max(200) });

/** Members of the active organisation. */
export const membersRouter = router({
  list: protectedProcedure(corePermissions.orgRead.id).query(({ ctx }) =>
    ctx.host.people.listMembers(ctx.org.orgId),
  ),
  changeRole: manage
    .input(userId.extend({ role: z.string().min(1, peopleMessages.chooseRole) }))
    .mutation(({ ctx, input }) =>
      ctx.host.people.changeMemberRole(ctx.actor, ctx.org.orgId, input.userId, input.role),
    ),
  remove: manage
    .input(userId)
    .mutation(({ ctx, input }) => ctx.host.people.removeMember(ctx.actor, ctx.org.orgId, input.userId)),
  transferOwnership: protectedProcedure(corePermissions.ownership.id)
    .input(userId)
    .mutation(({ ctx, input }) => ctx.host.people.transferOwnership(ctx.actor, ctx.org.orgId, input.userId)),
});

/** Invitations by email with a role. */
export const invitationsRouter = router({
  list: manage.query(({ ctx }) => ctx.host.people.listInvitations(ctx.org.orgId)),
  create: manage
    .input(
      z.object({
        email: z.email(peopleMessages.validEmail).max(320),
        role: z.string().min(1, peopleMessages.chooseRole),
      }),
    )
    .mutation(({ ctx, input }) => ctx.host.people.invite(ctx.actor, ctx.org.orgId, input)),
  revoke: manage
    .input(z.object({ invitationId: z.string().min(1) }))
    .mutation(({ ctx, input }) =>
      ctx.host.people.revokeInvitation(ctx.actor, ctx.org.orgId, input.invitationId),
    ),
  /** What an invitation link offers; public so the page can show it before sign-in. */
  preview: publicProcedure
    .input(token)
    .query(({ ctx, input }) => ctx.host.people.previewInvitation(input.token)),
  accept: authedProcedure.input(token).mutation(({ ctx, input }) => {
    const email = ctx.actor.kind === "user" ? ctx.actor.email : undefined;
    return ctx.host.people.acceptInvitation({ ...ctx.actor, email: email ?? "" }, input.token);
  }),
});
