import { type Actor, manualClock, systemActor, type WriteScope } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { createCallerFactory } from "@quartet/core/trpc";
import { sql } from "drizzle-orm";
import { createAuthenticator } from "../../src/people/index.ts";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import { createRequestContext } from "../../src/trpc/context.ts";
import { addMember, callerFor, createUser, orgOwnedBy } from "./people.ts";
import { createTestHost, type TestHost } from "./test-host.ts";

/** A person signed in to the test host. */
export type TestUser = Awaited<ReturnType<typeof createUser>>;

/** Midday UTC of a business date, e.g. `at("2026-03-01")`. */
export const at = (date: string) => Date.parse(`${date}T09:00:00Z`);

/**
 * A real host for a plugin's integration tests (temporary libSQL files, a manual clock at 09:00
 * UTC of `today`, 2026-06-01 by default) with `plugins` installed and enabled in one organisation
 * owned by "Ольга". `as(user)` is a tRPC caller over a router with those plugins and core;
 * `records` core's records as the system sees them; `deliver` runs the event dispatcher until idle;
 * `runJob` runs a plugin's job as the scheduler would.
 *
 * @example const h = await pluginHost([vipPlugin]); const api = (await h.as(h.owner)).vip;
 */
export async function pluginHost<const P extends readonly AnyPlugin[]>(
  plugins: P,
  options: {
    today?: string;
    /** The ids to enable now (every plugin by default); the others stay installed, not enabled. */
    enable?: readonly string[];
  } = {},
) {
  const createCaller = createCallerFactory(buildAppRouter(plugins));
  const clock = manualClock(at(options.today ?? "2026-06-01"));
  const t: TestHost = await createTestHost({ plugins, clock });
  const owner = await createUser(t, "Ольга", "olga@example.com");
  const orgId = (await orgOwnedBy(t, owner)).id;
  const ownerActor: Actor = {
    kind: "user",
    id: owner.id,
    name: owner.name,
    role: "owner",
    permissions: new Set(["*"]),
  };
  for (const plugin of plugins) {
    if (!options.enable || options.enable.includes(plugin.id))
      await t.host.lifecycle.enable(orgId, plugin.id, ownerActor);
  }
  let members = 0;
  const identityOf = async (user: TestUser) => {
    const authenticate = createAuthenticator(t.host.people.deps, async () => ({
      userId: user.id,
      email: user.email,
      name: user.name,
    }));
    return authenticate(new Request("http://localhost/trpc", { headers: { "x-quartet-org": orgId } }));
  };
  const serviceContext = async (actor: Actor = systemActor) =>
    t.host.serviceContext({
      org: await t.host.runtime(orgId),
      actor,
      clock,
      logger: t.host.logger,
      settings: {},
    });
  const h = {
    t,
    clock,
    orgId,
    owner,
    ownerActor,
    /** A tRPC caller for `user` (the plugins' routers and core's). */
    as: async (user: TestUser) => createCaller(await createRequestContext(t.host, await identityOf(user))),
    asActor: async (actor: Actor) => createCaller(await createRequestContext(t.host, { actor, orgId })),
    core: (user: TestUser = owner) => callerFor(t, user, orgId),
    /** Adds a member with a built-in role (`member`, `head-of-sales`, `viewer`, …). */
    async member(name: string, role: string) {
      const user = await createUser(t, name, `user-${++members}@example.com`);
      await addMember(t, orgId, owner, user, role);
      return user;
    },
    /** The service context subscribers, jobs and health see (the system actor by default). */
    serviceContext,
    /** Core's records as the system sees them. */
    records: async () => (await serviceContext()).records,
    /** Runs `fn` in one write transaction of the organisation as the system. */
    async write<T>(fn: (scope: WriteScope) => Promise<T>) {
      const org = await t.host.runtime(orgId);
      return org.write(systemActor, fn);
    },
    /** Delivers whatever is due now and waits until the dispatcher is idle. */
    async deliver() {
      await t.host.dispatcher.dispatchOrg(orgId);
      await t.host.dispatcher.idle();
    },
    /** Marks every delivery of an event pending again, as a crash before the "delivered" mark would leave it. */
    async redeliver(eventId: string) {
      const org = await t.host.runtime(orgId);
      await org.write(systemActor, (scope) =>
        scope.tx.run(
          sql`update core_event_deliveries set status = 'pending', next_attempt_at = 0 where event_id = ${eventId}`,
        ),
      );
    },
    /** Ids of the events of a name in the outbox, oldest first. */
    async outbox(name: string) {
      const handle = await t.host.orgs.get(orgId);
      const rows = await handle.db.all<{ id: string; payload: string }>(
        sql`select id, payload from core_outbox where name = ${name} order by rowid`,
      );
      return rows.map((r) => ({ id: r.id, payload: JSON.parse(r.payload) as Record<string, unknown> }));
    },
    /** Runs a job of the plugins now, as the scheduler would (the first plugin's of that name). */
    async runJob(name: string) {
      const job = plugins.flatMap((p) => p.jobs ?? []).find((j) => j.name === name);
      if (!job) throw new Error(`No job ${name}`);
      await job.run(await serviceContext());
    },
    close: () => t.close(),
  };
  return h;
}

/** A plugin test host, typed by its plugins. */
export type PluginHost<P extends readonly AnyPlugin[]> = Awaited<ReturnType<typeof pluginHost<P>>>;
