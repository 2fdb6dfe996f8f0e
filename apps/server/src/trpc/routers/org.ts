import { corePermissions, DomainError, peopleMessages } from "@quartet/core";
import { authedProcedure, protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { assertMayCreateOrganisation } from "../../auth/sign-up/organisation-allowance.ts";
import { organisationSettingsInput } from "../../people/organisations.ts";

/** The signed-in user, their organisations and what they may do in the active one. */
export const meProcedure = authedProcedure.query(async ({ ctx }) => {
  const people = ctx.host.people;
  const mine =
    ctx.actor.kind === "user"
      ? await people.myOrganisations(ctx.actor.id)
      : { organisations: [], activeOrgId: null };
  return {
    user: { id: ctx.actor.id, name: ctx.actor.name, email: ctx.actor.email ?? null, kind: ctx.actor.kind },
    organisations: mine.organisations,
    activeOrgId: ctx.org?.orgId ?? null,
    role: ctx.org ? ctx.actor.role : null,
    permissions: ctx.org ? [...ctx.actor.permissions] : [],
    enabledPlugins: [...ctx.enabledPlugins],
  };
});

function requireUser(actor: { kind: string }) {
  if (actor.kind !== "user") throw new DomainError("FORBIDDEN", peopleMessages.onlyPerson);
}

/** Organisation settings, creation and switching. */
export const orgRouter = router({
  create: authedProcedure.input(organisationSettingsInput).mutation(async ({ ctx, input }) => {
    requireUser(ctx.actor);
    await assertMayCreateOrganisation(ctx.host.host.control, ctx.host.host.config.signUp, ctx.actor.id);
    return ctx.host.people.createOrganisation(ctx.actor, input);
  }),
  switch: authedProcedure.input(z.object({ orgId: z.string().min(1) })).mutation(async ({ ctx, input }) => {
    requireUser(ctx.actor);
    await ctx.host.people.switchOrganisation(ctx.actor.id, input.orgId);
    return { activeOrgId: input.orgId };
  }),
  get: protectedProcedure(corePermissions.orgRead.id).query(({ ctx }) =>
    ctx.host.people.organisation(ctx.org.orgId),
  ),
  update: protectedProcedure(corePermissions.orgManage.id)
    .input(organisationSettingsInput.partial())
    .mutation(({ ctx, input }) => ctx.host.people.updateOrganisation(ctx.actor, ctx.org.orgId, input)),
});
