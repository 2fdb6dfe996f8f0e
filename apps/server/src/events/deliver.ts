import { type Clock, type Logger, type OrgRuntime, type ServiceContext, systemActor } from "@quartet/core";
import { type DatabaseHandle, writeTransaction } from "@quartet/db";
import { eventDeliveries } from "@quartet/db/org";
import { and, eq } from "drizzle-orm";
import { afterFailure, type RetryPolicy } from "./backoff.ts";
import type { ClaimedDelivery } from "./claim.ts";
import { loadEvent } from "./fan-out.ts";
import type { SubscriberIndex } from "./subscriber-index.ts";

/** Raised when this process no longer holds the lease: the handler's work is rolled back. */
class LeaseLost extends Error {}

/** What a delivery needs from the host. */
export type DeliverDeps = {
  handle: DatabaseHandle;
  org: OrgRuntime;
  index: SubscriberIndex;
  enabled: ReadonlySet<string>;
  settingsOf(pluginId: string): unknown;
  serviceContext<S>(base: Omit<ServiceContext<S>, "records">): ServiceContext<S>;
  clock: Clock;
  logger: Logger;
  owner: string;
  policy: RetryPolicy;
};

/** The outcome of one delivery attempt. */
export type DeliveryOutcome = "delivered" | "retry" | "dead" | "held";

/**
 * Runs one subscriber for one event inside a write transaction that also marks the
 * delivery done; on failure records the error and schedules a retry with backoff, or
 * parks the delivery as dead once its attempts are used up.
 */
export async function deliverOne(deps: DeliverDeps, claimed: ClaimedDelivery): Promise<DeliveryOutcome> {
  const entry = deps.index.get(claimed.pluginId, claimed.subscriber);
  const now = deps.clock.now();
  if (!entry || !deps.enabled.has(claimed.pluginId)) {
    await release(deps.handle, claimed, { nextAttemptAt: now + 60_000 });
    return "held";
  }
  const attempt = claimed.attempts + 1;
  const logger = deps.logger.child({
    plugin: claimed.pluginId,
    subscriber: claimed.subscriber,
    delivery: claimed.id,
  });
  try {
    const event = await loadEvent(deps.handle, claimed.eventId);
    if (!event) throw new Error(`Event ${claimed.eventId} is missing from the outbox`);
    const payload = entry.subscriber.event.schema.parse(event.payload);
    await deps.org.write(systemActor, async (scope) => {
      const base = {
        org: deps.org,
        actor: systemActor,
        clock: deps.clock,
        logger,
        settings: deps.settingsOf(claimed.pluginId),
      };
      await entry.subscriber.handle(
        { ...deps.serviceContext(base), scope },
        {
          id: event.id,
          name: event.name,
          version: event.version,
          payload,
          occurredAt: event.createdAt,
          attempt,
        },
      );
      const marked = await scope.tx
        .update(eventDeliveries)
        .set({
          status: "delivered",
          attempts: attempt,
          deliveredAt: deps.clock.now(),
          leaseOwner: null,
          leaseUntil: null,
          lastError: null,
        })
        .where(and(eq(eventDeliveries.id, claimed.id), eq(eventDeliveries.leaseOwner, deps.owner)));
      if (marked.rowsAffected !== 1) throw new LeaseLost();
    });
    return "delivered";
  } catch (error) {
    if (error instanceof LeaseLost) return "held";
    const next = afterFailure(deps.policy, attempt);
    const message = (error as Error)?.message ?? String(error);
    logger.warn({ err: error, attempt, dead: next.dead }, "event delivery failed");
    await release(deps.handle, claimed, {
      attempts: attempt,
      lastError: message.slice(0, 2000),
      status: next.dead ? "dead" : "pending",
      nextAttemptAt: next.dead ? now : now + next.delayMs,
    });
    return next.dead ? "dead" : "retry";
  }
}

async function release(
  handle: DatabaseHandle,
  claimed: ClaimedDelivery,
  change: Partial<typeof eventDeliveries.$inferInsert>,
): Promise<void> {
  await writeTransaction(handle, (tx) =>
    tx
      .update(eventDeliveries)
      .set({ ...change, leaseOwner: null, leaseUntil: null })
      .where(eq(eventDeliveries.id, claimed.id)),
  );
}
