import { systemActor } from "@quartet/core";
import type { JobDefinition } from "@quartet/core/plugin";
import { webhookDeliveries } from "@quartet/db/org";
import { and, inArray, lt } from "drizzle-orm";

/** How long a delivered or dead delivery stays in the log: 30 days. */
export const deliveryLogDays = 30;

/**
 * Core's daily job: forgets deliveries that ended (delivered or dead) more than `deliveryLogDays`
 * ago, so the log of a busy endpoint does not grow forever. Waiting ones are kept whatever their age.
 */
export const pruneWebhookDeliveriesJob: JobDefinition = {
  name: "webhooks.prune",
  everyMs: 24 * 3_600_000,
  run: async (ctx) => {
    const before = ctx.clock.now() - deliveryLogDays * 24 * 3_600_000;
    await ctx.org.write(systemActor, (scope) =>
      scope.tx
        .delete(webhookDeliveries)
        .where(
          and(
            inArray(webhookDeliveries.status, ["delivered", "dead"]),
            lt(webhookDeliveries.createdAt, before),
          ),
        ),
    );
  },
};
