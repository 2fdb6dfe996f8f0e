import { DomainError, type ServiceContext } from "@quartet/core";
import { webhookDeliveries } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { WebhookServiceDeps } from "./deps.ts";
import { webhookMessages as m } from "./messages.ts";

/**
 * Sends a delivery again — delivered, dead or waiting — with fresh attempts and the same
 * `webhook-id` and body, so a receiver that deduplicates by id recognises it; audited.
 */
export async function replayDelivery(
  ctx: ServiceContext,
  deps: WebhookServiceDeps,
  input: { deliveryId: string },
): Promise<{ ok: true }> {
  await ctx.org.write(ctx.actor, async (scope) => {
    const [row] = await scope.tx
      .select({ id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.id, input.deliveryId));
    if (!row) throw new DomainError("NOT_FOUND", m.noDelivery, { fields: { deliveryId: m.noDelivery } });
    await scope.tx
      .update(webhookDeliveries)
      .set({
        status: "pending",
        attempts: 0,
        nextAttemptAt: ctx.clock.now(),
        leaseOwner: null,
        leaseUntil: null,
      })
      .where(eq(webhookDeliveries.id, row.id));
    await scope.audit({
      action: "core.webhooks.replay",
      entity: "webhook",
      entityId: row.endpointId,
      after: { delivery: row.id },
    });
  });
  deps.kick(ctx.org.orgId);
  return { ok: true as const };
}
