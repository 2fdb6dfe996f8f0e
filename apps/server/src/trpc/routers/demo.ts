import { cleanText, DomainError, peopleMessages } from "@quartet/core";
import { authedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { assertMayCreateOrganisation } from "../../auth/sign-up/organisation-allowance.ts";
import { demoBoard, startDemo } from "../../demo/start-demo.ts";

function requireUser(actor: { kind: string; email?: string }) {
  if (actor.kind !== "user" || !actor.email) {
    throw new DomainError("FORBIDDEN", peopleMessages.onlyPerson);
  }
  return actor.email;
}

/**
 * `core.demo`: onboarding's "try with demo data". `start` creates a NEW organisation owned by the
 * caller and fills it in the background (any signed-in person may, as they may create an
 * organisation); `progress` tells its starter which phase runs and, once done, the organisation.
 */
export const demoRouter = router({
  start: authedProcedure
    .input(
      z.object({
        name: cleanText(200).min(1, peopleMessages.nameOrg).optional(),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31)
          .optional(),
        size: z.enum(["default", "small"]).default("default"),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const email = requireUser(ctx.actor);
      await assertMayCreateOrganisation(ctx.host.host.control, ctx.host.host.config.signUp, ctx.actor.id);
      return startDemo(
        ctx.host.host,
        { id: ctx.actor.id, name: ctx.actor.name, email },
        { name: input.name ?? "Квартет Снаб (демо)", seed: input.seed ?? 1, size: input.size },
      );
    }),
  progress: authedProcedure
    .input(z.object({ runId: z.string().min(1, peopleMessages.giveRunId) }))
    .query(({ ctx, input }) => {
      const progress = demoBoard(ctx.host.host).get(input.runId, ctx.actor.id);
      if (!progress)
        throw new DomainError("NOT_FOUND", peopleMessages.noDemoRun, {
          fields: { runId: peopleMessages.noDemoRun },
        });
      return progress;
    }),
});
