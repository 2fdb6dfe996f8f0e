import type { Actor, Clock } from "@quartet/core";
import { createCallerFactory } from "@quartet/core/trpc";
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
import type { ProspectingSettings } from "../../src/contracts/settings.ts";
import type { ProspectingPorts } from "../../src/server/context.ts";
import { createProspectingPlugin } from "../../src/server/index.ts";

/** A person signed in to the test host. */
export type TestUser = Awaited<ReturnType<typeof createUser>>;

/**
 * A real host with prospecting installed and enabled in one organisation owned by "Ольга".
 * `as(user)` gives a tRPC caller over a router that includes prospecting; `core(user)` the
 * host's own test router (core procedures); `hook(path, init)` posts to the public endpoints.
 */
export async function prospectingHost(
  options: {
    ports?: Partial<ProspectingPorts>;
    settings?: Partial<ProspectingSettings>;
    /** The host's clock (e.g. a manual one where a minute's window matters); the system's by default. */
    clock?: Clock;
  } = {},
) {
  const plugin = createProspectingPlugin(options.ports);
  const createCaller = createCallerFactory(buildAppRouter([plugin]));
  const t: TestHost = await createTestHost({
    plugins: [plugin],
    ...(options.clock && { clock: options.clock }),
  });
  const owner = await createUser(t, "Ольга", "olga@example.com");
  const org = await orgOwnedBy(t, owner);
  const orgId = org.id;
  const ownerActor = {
    kind: "user" as const,
    id: owner.id,
    name: owner.name,
    role: "owner",
    permissions: new Set(["*"]),
  };
  await t.host.lifecycle.enable(orgId, "prospecting", ownerActor, options.settings ?? {});

  let members = 0;
  const as = async (user: TestUser) => {
    const authenticate = createAuthenticator(t.host.people.deps, async () => ({
      userId: user.id,
      email: user.email,
      name: user.name,
    }));
    const identity = await authenticate(
      new Request("http://localhost/trpc", { headers: { "x-quartet-org": orgId } }),
    );
    return createCaller(await createRequestContext(t.host, identity));
  };
  return {
    t,
    orgId,
    owner,
    ownerActor,
    as,
    /** A caller acting as any actor (custom permission sets). */
    asActor: async (actor: Actor) => createCaller(await createRequestContext(t.host, { actor, orgId })),
    core: (user: TestUser) => callerFor(t, user, orgId),
    /** A new member of the organisation with a built-in role. */
    async member(name: string, role: string) {
      const user = await createUser(t, name, `user-${++members}@example.com`);
      await addMember(t, orgId, owner, user, role);
      return user;
    },
    /** A request to the public endpoints; `address` stands for the client's socket address. */
    hook(path: string, init: RequestInit, address = "203.0.113.7") {
      return t.app().request(path, init, { incoming: { socket: { remoteAddress: address } } });
    },
    settings: (settings: Partial<ProspectingSettings>) =>
      t.host.lifecycle.updateSettings(orgId, "prospecting", ownerActor, settings),
    close: () => t.close(),
  };
}

/** The prospecting test host's type. */
export type ProspectingHost = Awaited<ReturnType<typeof prospectingHost>>;
