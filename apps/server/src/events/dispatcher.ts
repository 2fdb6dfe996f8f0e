import type { Clock, Logger, OrgRuntime, ServiceContext } from "@quartet/core";
import type { DatabaseHandle } from "@quartet/db";
import type { RetryPolicy } from "./backoff.ts";
import { claimDeliveries } from "./claim.ts";
import { type DeliveryOutcome, deliverOne } from "./deliver.ts";
import { fanOut } from "./fan-out.ts";
import type { SubscriberIndex } from "./subscriber-index.ts";

/** What the dispatcher needs from the host. */
export type DispatcherDeps = {
  index: SubscriberIndex;
  orgHandle(orgId: string): Promise<DatabaseHandle>;
  runtime(orgId: string): Promise<OrgRuntime>;
  enabledIds(orgId: string): Promise<ReadonlySet<string>>;
  settingsOf(orgId: string, pluginId: string): Promise<unknown>;
  listOrgIds(): Promise<string[]>;
  serviceContext<S>(base: Omit<ServiceContext<S>, "records">): ServiceContext<S>;
  clock: Clock;
  logger: Logger;
  owner: string;
  policy: RetryPolicy;
  leaseMs?: number;
};

/** Counts of one dispatch pass. */
export type DispatchReport = Record<DeliveryOutcome, number>;

/**
 * Delivers outbox events to subscribers, per organisation: promptly after a commit
 * (`kick`) and on a periodic `sweep`. Passes over one organisation never overlap within
 * a process; leases keep processes from delivering the same event concurrently.
 */
export function createDispatcher(deps: DispatcherDeps) {
  const running = new Map<string, Promise<DispatchReport>>();
  const again = new Set<string>();
  const kicked = new Set<string>();

  async function pass(orgId: string): Promise<DispatchReport> {
    const report: DispatchReport = { delivered: 0, retry: 0, dead: 0, held: 0 };
    const handle = await deps.orgHandle(orgId);
    const enabled = await deps.enabledIds(orgId);
    while ((await fanOut(handle, { index: deps.index, enabled, clock: deps.clock })) > 0) {}
    const org = await deps.runtime(orgId);
    const settings = new Map<string, unknown>();
    for (const id of enabled) settings.set(id, await deps.settingsOf(orgId, id));
    for (;;) {
      const claimed = await claimDeliveries(handle, {
        owner: deps.owner,
        now: deps.clock.now(),
        leaseMs: deps.leaseMs ?? 30_000,
        limit: 20,
      });
      if (claimed.length === 0) return report;
      for (const delivery of claimed) {
        const outcome = await deliverOne(
          { ...deps, handle, org, enabled, settingsOf: (id) => settings.get(id) },
          delivery,
        );
        report[outcome]++;
      }
    }
  }

  function dispatchOrg(orgId: string): Promise<DispatchReport> {
    const current = running.get(orgId);
    if (current) {
      again.add(orgId);
      return current;
    }
    const run = pass(orgId)
      .catch((error) => {
        deps.logger.error({ org: orgId, err: error }, "event dispatch failed");
        return { delivered: 0, retry: 0, dead: 0, held: 0 };
      })
      .finally(() => {
        running.delete(orgId);
        if (again.delete(orgId)) void dispatchOrg(orgId);
      });
    running.set(orgId, run);
    return run;
  }

  return {
    dispatchOrg,
    /** Wakes the dispatcher for an organisation after a commit that emitted events. */
    kick(orgId: string): void {
      if (kicked.has(orgId)) return;
      kicked.add(orgId);
      setImmediate(() => {
        kicked.delete(orgId);
        void dispatchOrg(orgId);
      });
    },
    /** One pass over every organisation (periodic, and at start-up to recover after a crash). */
    async sweep(): Promise<void> {
      for (const orgId of await deps.listOrgIds()) await dispatchOrg(orgId);
    },
    /** Resolves once no pass is running (tests, shutdown). */
    async idle(): Promise<void> {
      while (running.size > 0 || kicked.size > 0) {
        await new Promise((resolve) => setImmediate(resolve));
        await Promise.all(running.values());
      }
    },
  };
}

/** The dispatcher's type. */
export type EventDispatcher = ReturnType<typeof createDispatcher>;
