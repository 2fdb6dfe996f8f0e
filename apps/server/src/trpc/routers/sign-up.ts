import { DomainError, peopleMessages } from "@quartet/core";
import { authedProcedure, publicProcedure, router } from "@quartet/core/trpc";
import type { DatabaseHandle } from "@quartet/db";
import { z } from "zod";
import { choosePolicy, noUsersYet, policyInForce, readInstance } from "../../auth/sign-up/instance.ts";
import { signUpMessages } from "../../auth/sign-up/messages.ts";
import { signUpPolicies } from "../../auth/sign-up/settings.ts";
import { instanceDatabases } from "./instance-databases.ts";

/** `core.signUp`: what the sign-up page needs to know before it shows a form. */
export const signUpRouter = router({
  /** The policy in force, whether addresses are confirmed by mail, and whether the next account is the first. */
  policy: publicProcedure.query(async ({ ctx }) => {
    const { control, config } = ctx.host.host;
    return {
      policy: await policyInForce(control, config.signUp),
      verifyEmail: config.signUp.verifyEmail,
      firstUser: await noUsersYet(control),
    };
  }),
});

/** Refuses anyone but the server's administrator (the first person who signed up). */
async function requireAdministrator(control: DatabaseHandle, actor: { kind: string; id: string }) {
  if (actor.kind !== "user") throw new DomainError("FORBIDDEN", peopleMessages.onlyPerson);
  const instance = await readInstance(control);
  if (instance.adminUserId !== actor.id) throw new DomainError("FORBIDDEN", signUpMessages.adminOnly);
  return instance;
}

/** `core.instance`: settings of the whole server, for its administrator only. */
export const instanceRouter = router({
  get: authedProcedure.query(async ({ ctx }) => {
    const instance = await requireAdministrator(ctx.host.host.control, ctx.actor);
    const { signUp } = ctx.host.host.config;
    return {
      policy: instance.chosenPolicy ?? signUp.policy,
      chosenPolicy: instance.chosenPolicy,
      serverPolicy: signUp.policy,
      verifyEmail: signUp.verifyEmail,
      maxOrganisationsPerUser: signUp.maxOrganisationsPerUser,
    };
  }),
  /** Sets the sign-up policy over `QUARTET_SIGNUP`; null returns to it. */
  setSignUpPolicy: authedProcedure
    .input(z.object({ policy: z.enum(signUpPolicies).nullable() }))
    .mutation(async ({ ctx, input }) => {
      await requireAdministrator(ctx.host.host.control, ctx.actor);
      await choosePolicy(ctx.host.host.control, input.policy, ctx.clock.now());
      ctx.host.host.logger.info({ userId: ctx.actor.id, policy: input.policy }, "sign-up policy changed");
      return { policy: input.policy ?? ctx.host.host.config.signUp.policy, chosenPolicy: input.policy };
    }),
  databases: instanceDatabases(requireAdministrator),
});
