import { type Actor, type Clock, systemActor } from "@quartet/core";
import type { EventDefinition } from "@quartet/core/plugin";
import { createCallerFactory } from "@quartet/core/trpc";
import { type LeadQualified, leadQualified } from "@quartet/prospecting/contracts";
import type { Mailer } from "@quartet/testing";
import {
  addMember,
  buildAppRouter,
  callerFor,
  createAuthenticator,
  createRequestContext,
  createTestHost,
  createUser,
  orgOwnedBy,
  type TestHost,
} from "@quartet/testing";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import type { FirstSaleSettings, firstSaleSettings } from "../../src/contracts/settings.ts";
import { firstSalePlugin } from "../../src/server/index.ts";

/** Settings as an administrator submits them; the rest take their defaults. */
type Settings = Partial<z.input<typeof firstSaleSettings>>;

/** A person signed in to the test host. */
export type TestUser = Awaited<ReturnType<typeof createUser>>;

const createCaller = createCallerFactory(buildAppRouter([firstSalePlugin]));

/**
 * A real host (temporary libSQL files) with first sale installed and enabled in one organisation
 * owned by "Ольга". `as(user)` is a tRPC caller over a router with first sale; `core(user)` the
 * host's test router for core procedures; `emitLead` writes `prospecting.lead.qualified` to the
 * outbox as prospecting would and `deliver` runs the dispatcher. `options.clock` (e.g.
 * `manualClock()`) is the host's clock, `options.mailer` where its mail goes.
 */
export async function firstSaleHost(
  settings: Settings = {},
  options: { clock?: Clock; mailer?: Mailer } = {},
) {
  const t: TestHost = await createTestHost({ plugins: [firstSalePlugin], ...options });
  const owner = await createUser(t, "Ольга", "olga@example.com");
  const orgId = (await orgOwnedBy(t, owner)).id;
  const ownerActor: Actor = {
    kind: "user",
    id: owner.id,
    name: owner.name,
    role: "owner",
    permissions: new Set(["*"]),
  };
  await t.host.lifecycle.enable(orgId, "first-sale", ownerActor, settings);
  let members = 0;
  const identityOf = async (user: TestUser) => {
    const authenticate = createAuthenticator(t.host.people.deps, async () => ({
      userId: user.id,
      email: user.email,
      name: user.name,
    }));
    return authenticate(new Request("http://localhost/trpc", { headers: { "x-quartet-org": orgId } }));
  };
  const h = {
    t,
    orgId,
    owner,
    ownerActor,
    as: async (user: TestUser) => createCaller(await createRequestContext(t.host, await identityOf(user))),
    asActor: async (actor: Actor) => createCaller(await createRequestContext(t.host, { actor, orgId })),
    core: (user: TestUser = owner) => callerFor(t, user, orgId),
    async member(name: string, role: string) {
      const user = await createUser(t, name, `user-${++members}@example.com`);
      await addMember(t, orgId, owner, user, role);
      return user;
    },
    /** Writes the event to the outbox, as prospecting's qualify does; returns the event id. */
    async emitLead(lead: LeadQualified) {
      const org = await t.host.runtime(orgId);
      return org.write(systemActor, (scope) => scope.emit(leadQualified, lead));
    },
    /** Writes any event to the outbox as its emitter would (e.g. core's `core.document.sent`); returns the event id. */
    async emit<T>(event: EventDefinition<T>, payload: T) {
      const org = await t.host.runtime(orgId);
      return org.write(systemActor, (scope) => scope.emit(event, payload));
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
    /** How many times the event was handed to first sale's subscriber. */
    async attempts(eventId: string) {
      const handle = await t.host.orgs.get(orgId);
      const rows = await handle.db.all<{ attempts: number }>(
        sql`select attempts from core_event_deliveries where event_id = ${eventId} and plugin_id = 'first-sale'`,
      );
      return rows.map((r) => r.attempts);
    },
    /** The plugin's service context as subscribers, jobs and health see it (the system actor). */
    async serviceContext() {
      const base = {
        org: await t.host.runtime(orgId),
        actor: systemActor,
        clock: t.host.clock,
        logger: t.host.logger,
        settings: (await t.host.settingsOf(orgId, "first-sale")) as FirstSaleSettings,
      };
      return t.host.serviceContext(base);
    },
    settings: (change: Settings) => t.host.lifecycle.updateSettings(orgId, "first-sale", ownerActor, change),
    close: () => t.close(),
  };
  return h;
}

/** The first-sale test host's type. */
export type FirstSaleHost = Awaited<ReturnType<typeof firstSaleHost>>;
