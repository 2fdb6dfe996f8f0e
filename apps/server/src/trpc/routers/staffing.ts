import { corePermissions, peopleMessages, salesFunctions } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { auditFilter } from "../../people/audit.ts";

const read = protectedProcedure(corePermissions.staffingRead.id);
const manage = protectedProcedure(corePermissions.staffingManage.id);
const fn = z.enum(salesFunctions);
const teamName = z.string().trim().min(1, peopleMessages.nameTeam).max(100);

/** Who covers the four functions: assignments, teams, coverage. */
export const staffingRouter = router({
  get: read.query(({ ctx }) => ctx.host.people.staffing(ctx.org.orgId)),
  coverage: read.query(({ ctx }) => ctx.host.people.coverage(ctx.org.orgId)),
  assign: manage
    .input(
      z.object({
        userId: z.string().min(1, peopleMessages.chooseMember),
        function: fn,
        capacityPerDay: z
          .number()
          .int()
          .min(0, peopleMessages.cannotBeNegative)
          .max(10_000)
          .nullable()
          .optional(),
        paused: z.boolean().optional(),
        teamId: z.string().nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) => ctx.host.people.setAssignment(ctx.actor, ctx.org.orgId, input)),
  unassign: manage
    .input(z.object({ userId: z.string().min(1), function: fn }))
    .mutation(({ ctx, input }) =>
      ctx.host.people.removeAssignment(ctx.actor, ctx.org.orgId, input.userId, input.function),
    ),
  createTeam: manage
    .input(z.object({ function: fn, name: teamName, leadUserId: z.string().nullable().optional() }))
    .mutation(({ ctx, input }) => ctx.host.people.createTeam(ctx.actor, ctx.org.orgId, input)),
  updateTeam: manage
    .input(
      z.object({
        teamId: z.string().min(1),
        name: teamName.optional(),
        leadUserId: z.string().nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) => ctx.host.people.updateTeam(ctx.actor, ctx.org.orgId, input.teamId, input)),
  deleteTeam: manage
    .input(z.object({ teamId: z.string().min(1) }))
    .mutation(({ ctx, input }) => ctx.host.people.deleteTeam(ctx.actor, ctx.org.orgId, input.teamId)),
});

/** The audit log browser. */
export const auditRouter = router({
  list: protectedProcedure(corePermissions.auditRead.id)
    .input(auditFilter)
    .query(({ ctx, input }) => ctx.host.people.audit(ctx.org.orgId, input)),
});
