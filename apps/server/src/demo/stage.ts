import { type Actor, type Clock, manualClock, systemActor } from "@quartet/core";
import { createCallerFactory } from "@quartet/core/trpc";
import type { InstalledPlugins } from "#installation";
import { defaultRetryPolicy } from "../events/backoff.ts";
import { createDispatcher } from "../events/dispatcher.ts";
import { indexSubscribers } from "../events/subscriber-index.ts";
import type { Host } from "../host/create-host.ts";
import { createOrgRuntime } from "../host/org-runtime.ts";
import type { KnownInstallation, UntypedPluginCaller } from "../installation/known.ts";
import { createAuthenticator, orgHeader } from "../people/index.ts";
import { buildAppRouter } from "../trpc/app-router.ts";
import { createRequestContext } from "../trpc/context.ts";

// Built on first use from the host's own plugins (core's router registers the demo's procedures,
// so building it at import is a cycle), typed as the installation's. Not from `plugins.ts`: the
// test kit reaches the demo through core's router, and must not load the installation's config.
const makeFactory = (host: Host) =>
  createCallerFactory(buildAppRouter(host.registry.plugins as unknown as InstalledPlugins));
const factories = new WeakMap<Host, ReturnType<typeof makeFactory>>();

/** A caller of the whole app router as this build types it. */
type AppCaller = ReturnType<ReturnType<typeof makeFactory>>;

/**
 * A tRPC caller of the full app router (core and the four legs). Typed from the installation in
 * this workspace; a published build does not know the installed plugins, so there the demo goes
 * through an untyped caller of their routers (it seeds the built-in legs, which must be installed).
 */
export type DemoCaller = KnownInstallation extends true ? AppCaller : UntypedPluginCaller;

/** A signed-up person of the demo, as the stage needs them. */
export type DemoUser = { id: string; name: string; email: string };

/**
 * The host as the demo writes through it, on a clock of its own: the same procedures, services,
 * write transactions and subscribers, but "now" is wherever the demo has moved its clock, so two
 * years of history, deals and handoffs carry the dates they would have had. Events are delivered
 * by a dispatcher on that clock when the demo drains them, never in the background.
 */
export function demoStage(host: Host, orgId: string) {
  const clock = manualClock(host.clock.now());
  const runtime = async (id: string) =>
    createOrgRuntime(id, await host.orgs.get(id), { clock, hookKeys: host.hookKeys, afterCommit: () => {} });
  const dispatcher = createDispatcher({
    index: indexSubscribers(host.registry.plugins),
    orgHandle: (id) => host.orgs.get(id),
    runtime,
    enabledIds: (id) => host.installations.enabledIds(id),
    settingsOf: host.settingsOf,
    listOrgIds: async () => [orgId],
    serviceContext: host.serviceContext,
    clock,
    logger: host.logger,
    owner: `demo:${orgId}`,
    policy: defaultRetryPolicy,
  });
  const view: Host = { ...host, clock: clock as Clock, runtime, dispatcher };
  const identity = (user: DemoUser) => {
    const authenticate = createAuthenticator(host.people.deps, async () => ({
      userId: user.id,
      email: user.email,
      name: user.name,
    }));
    return authenticate(new Request("http://localhost/trpc", { headers: { [orgHeader]: orgId } }));
  };
  return {
    clock,
    /** "Now" as the real host sees it: where the demo's clock ends. */
    realNow: () => host.clock.now(),
    /** A caller acting as `user`, resolved by the real authenticator (their role and permissions). */
    async as(user: DemoUser): Promise<DemoCaller> {
      let factory = factories.get(host);
      if (!factory) {
        factory = makeFactory(host);
        factories.set(host, factory);
      }
      return factory(await createRequestContext(view, await identity(user)));
    },
    /** `user` as an actor in the organisation, with their role's permissions and record scope. */
    async actor(user: DemoUser): Promise<Actor> {
      const found = await identity(user);
      if (!found) throw new Error(`${user.email} has no identity`);
      return found.actor;
    },
    /** Core's service context (with `records`) acting as `actor`, on the demo's clock. */
    async service(actor: Actor = systemActor) {
      return host.serviceContext({
        org: await runtime(orgId),
        actor,
        clock,
        logger: host.logger,
        settings: {},
      });
    },
    /** Delivers every pending event (and those its subscribers emit) as of the demo's clock. */
    async drain(): Promise<number> {
      let total = 0;
      for (;;) {
        const report = await dispatcher.dispatchOrg(orgId);
        total += report.delivered;
        if (report.delivered === 0) return total;
      }
    },
    /** Moves the demo's clock to `at` (UTC ms). */
    at(at: number) {
      clock.set(at);
    },
  };
}

/** The demo's stage. */
export type DemoStage = Awaited<ReturnType<typeof demoStage>>;

/** A pipeline stage as the demo reads it (by its kind), typed alike in every build. */
export type Kinded = { readonly kind: string };
