import { corePermissions, hostMessages, signalKeys } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { readinessOf } from "../../readiness/index.ts";

const read = protectedProcedure(corePermissions.monitorRead.id);
const manage = protectedProcedure(corePermissions.readinessManage.id);
const signal = z.object({ signal: z.enum(signalKeys, { error: hostMessages.chooseSignal }) });

/** `core.readiness`: advice about the department's next growth step, each with its numbers. */
export const readinessRouter = router({
  /** The signals that hold now and are neither dismissed nor snoozed. */
  list: read.query(({ ctx }) => readinessOf(ctx.host.host).list(ctx.org.orgId)),
  /** Hides a signal for good. */
  dismiss: manage
    .input(signal)
    .mutation(({ ctx, input }) => readinessOf(ctx.host.host).dismiss(ctx.actor, ctx.org.orgId, input.signal)),
  /** Hides a signal for `days` days (a week or a month in the app); it comes back if it still holds. */
  snooze: manage
    .input(
      signal.extend({
        days: z
          .number({ error: hostMessages.daysRange })
          .int(hostMessages.daysRange)
          .min(1, hostMessages.daysRange)
          .max(365, hostMessages.daysRange),
      }),
    )
    .mutation(({ ctx, input }) =>
      readinessOf(ctx.host.host).snooze(ctx.actor, ctx.org.orgId, input.signal, input.days),
    ),
});
