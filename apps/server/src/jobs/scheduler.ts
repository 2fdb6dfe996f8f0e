import { type Clock, type Logger, type OrgRuntime, type ServiceContext, systemActor } from "@quartet/core";
import type { AnyPlugin, JobDefinition } from "@quartet/core/plugin";
import { type DatabaseHandle, writeTransaction } from "@quartet/db";
import { jobs } from "@quartet/db/org";
import { and, eq, sql } from "drizzle-orm";
import { afterFailure, type RetryPolicy } from "../events/backoff.ts";

/** What the scheduler needs from the host. */
export type SchedulerDeps = {
  plugins: readonly AnyPlugin[];
  /** Core's own periodic work (e.g. expiring handoffs past their SLA): runs in every organisation. */
  coreJobs?: readonly JobDefinition[];
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
};

/**
 * Runs core's periodic jobs and those of enabled plugins per organisation (core's are recorded
 * under the owner id `core`). A job runs when due and only
 * under a lease, so two processes never run the same job for the same organisation at
 * once; a failure is logged and retried with backoff, never sooner than its interval allows.
 */
export function createScheduler(deps: SchedulerDeps) {
  /** Who a job belongs to: core (no settings) or a plugin. */
  type JobOwner = { id: string; settings: (orgId: string) => Promise<unknown> };
  const core: JobOwner = { id: "core", settings: async () => undefined };
  const ownerOf = (plugin: AnyPlugin): JobOwner => ({
    id: plugin.id,
    settings: (orgId) => deps.settingsOf(orgId, plugin.id),
  });

  async function claim(
    handle: DatabaseHandle,
    plugin: JobOwner,
    job: JobDefinition,
    now: number,
  ): Promise<boolean> {
    const rows = await writeTransaction(handle, async (tx) => {
      await tx
        .insert(jobs)
        .values({ pluginId: plugin.id, name: job.name, nextRunAt: now })
        .onConflictDoNothing();
      return tx.all(sql`
        UPDATE core_jobs SET lease_owner = ${deps.owner}, lease_until = ${now + Math.max(job.everyMs, 60_000)}
         WHERE plugin_id = ${plugin.id} AND name = ${job.name} AND next_run_at <= ${now}
           AND (lease_until IS NULL OR lease_until < ${now})
        RETURNING failures`);
    });
    return rows.length === 1;
  }

  async function runOne(orgId: string, handle: DatabaseHandle, plugin: JobOwner, job: JobDefinition) {
    const now = deps.clock.now();
    if (!(await claim(handle, plugin, job, now))) return "skipped" as const;
    const logger = deps.logger.child({ org: orgId, plugin: plugin.id, job: job.name });
    const where = and(eq(jobs.pluginId, plugin.id), eq(jobs.name, job.name));
    try {
      const ctx = deps.serviceContext({
        org: await deps.runtime(orgId),
        actor: systemActor,
        clock: deps.clock,
        logger,
        settings: await plugin.settings(orgId),
      });
      await job.run(ctx);
      const done = deps.clock.now();
      await writeTransaction(handle, (tx) =>
        tx
          .update(jobs)
          .set({
            nextRunAt: now + job.everyMs,
            lastRunAt: done,
            lastSuccessAt: done,
            lastError: null,
            failures: 0,
            leaseOwner: null,
            leaseUntil: null,
          })
          .where(where),
      );
      return "ran" as const;
    } catch (error) {
      const [row] = await handle.db.select({ failures: jobs.failures }).from(jobs).where(where);
      const failures = (row?.failures ?? 0) + 1;
      const next = afterFailure({ ...deps.policy, maxAttempts: Number.POSITIVE_INFINITY }, failures);
      const delay = next.dead ? job.everyMs : Math.min(job.everyMs, next.delayMs);
      logger.error({ err: error, failures }, "job failed");
      await writeTransaction(handle, (tx) =>
        tx
          .update(jobs)
          .set({
            nextRunAt: now + delay,
            lastRunAt: deps.clock.now(),
            lastError: String((error as Error)?.message ?? error).slice(0, 2000),
            failures,
            leaseOwner: null,
            leaseUntil: null,
          })
          .where(where),
      );
      return "failed" as const;
    }
  }

  return {
    /** Runs every due job of one organisation; returns what happened to each. */
    async tickOrg(orgId: string): Promise<Record<string, "ran" | "failed" | "skipped">> {
      const handle = await deps.orgHandle(orgId);
      const enabled = await deps.enabledIds(orgId);
      const report: Record<string, "ran" | "failed" | "skipped"> = {};
      const owners: [JobOwner, readonly JobDefinition[]][] = [
        [core, deps.coreJobs ?? []],
        ...deps.plugins
          .filter((p) => enabled.has(p.id))
          .map((p) => [ownerOf(p), p.jobs ?? []] as [JobOwner, readonly JobDefinition[]]),
      ];
      for (const [owner, ownJobs] of owners) {
        for (const job of ownJobs)
          report[`${owner.id}:${job.name}`] = await runOne(orgId, handle, owner, job);
      }
      return report;
    },
    /** One pass over every organisation. */
    async tick(): Promise<void> {
      for (const orgId of await deps.listOrgIds()) {
        try {
          await this.tickOrg(orgId);
        } catch (error) {
          deps.logger.error({ org: orgId, err: error }, "job tick failed");
        }
      }
    },
  };
}

/** The scheduler's type. */
export type JobScheduler = ReturnType<typeof createScheduler>;
