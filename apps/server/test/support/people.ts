import { newId } from "@quartet/core";
import { writeTransaction } from "@quartet/db";
import { users } from "@quartet/db/control";
import { createAuthenticator } from "../../src/people/index.ts";
import type { TestHost } from "./test-host.ts";

/** A user row as sign-up creates it (credentials are not needed below the auth edge). */
export async function createUser(t: TestHost, name: string, email = `${name.toLowerCase()}@example.com`) {
  const user = {
    id: newId("usr"),
    name,
    email,
    emailVerified: false,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
  await writeTransaction(t.host.control, (tx) => tx.insert(users).values(user));
  return user;
}

/** A user as the helpers below need one. */
type Person = { id: string; name: string; email: string };

/** The real authenticator with `user`'s session standing in for a cookie (API keys still work). */
export function sessionOf(t: TestHost, user: Person) {
  return createAuthenticator(t.host.people.deps, async () => ({
    userId: user.id,
    email: user.email,
    name: user.name,
  }));
}

/** A tRPC caller for a signed-in user working in `orgId`, resolved by the real authenticator. */
export async function callerFor(t: TestHost, user: Person, orgId?: string | null) {
  const headers: Record<string, string> = orgId ? { "x-quartet-org": orgId } : {};
  const identity = await sessionOf(t, user)(new Request("http://localhost/trpc", { headers }));
  return t.callerWith(identity);
}

/** GET requests to the Hono app as signed-in `user` working in `orgId`, e.g. to download a CSV. */
export function requestsAs(t: TestHost, user: Person, orgId: string) {
  const app = t.app(sessionOf(t, user));
  return (path: string) => app.request(path, { headers: { "x-quartet-org": orgId } });
}

/** An organisation created by `owner` through the API, as onboarding does. */
export async function orgOwnedBy(
  t: TestHost,
  owner: Person,
  name = "ООО Ромашка",
  growthStage: "solo" | "specialists" | "departments" = "solo",
) {
  const caller = await callerFor(t, owner);
  return caller.core.org.create({ name, growthStage });
}

/** Makes `user` a member of `orgId` with `role`, the way an accepted invitation does. */
export async function addMember(t: TestHost, orgId: string, owner: Person, user: Person, role: string) {
  const invited = await (await callerFor(t, owner, orgId)).core.invitations.create({
    email: user.email,
    role,
  });
  const token = new URL(invited.link).searchParams.get("token") ?? "";
  await (await callerFor(t, user)).core.invitations.accept({ token });
}

/** A user of a team fixture with their tRPC caller in the fixture's organisation. */
export type TeamPerson = {
  user: Awaited<ReturnType<typeof createUser>>;
  caller: Awaited<ReturnType<typeof callerFor>>;
};

/** A custom role a fixture member gets, created by the owner before they join. */
export type FixtureRole = { name: string; permissions: string[]; scope?: "own" | "team" | "all" };

/**
 * The usual cast of a records test: an owner (Anna, or `owner` when the test already made
 * them) creates an organisation, and the `members` join it through invitations, each with a
 * built-in role id or a custom role created first (Boris as a `member` unless told). Everyone
 * comes with a caller working in the organisation.
 *
 * @example const { orgId, owner, members } = await teamFixture(t, { members: { Boris: "member", Oleg: { name: "Own", permissions: ["core.tasks.use"], scope: "own" } } })
 */
export async function teamFixture<const M extends Record<string, string | FixtureRole> = { Boris: "member" }>(
  t: TestHost,
  options: {
    org?: string;
    growthStage?: "solo" | "specialists" | "departments";
    owner?: TeamPerson["user"];
    members?: M;
  } = {},
): Promise<{ orgId: string; owner: TeamPerson; members: { [K in keyof M]: TeamPerson } }> {
  const anna = options.owner ?? (await createUser(t, "Anna"));
  const orgId = (await orgOwnedBy(t, anna, options.org, options.growthStage)).id;
  const owner = { user: anna, caller: await callerFor(t, anna, orgId) };
  const members: Record<string, TeamPerson> = {};
  for (const [name, role] of Object.entries(options.members ?? { Boris: "member" })) {
    const roleId = typeof role === "string" ? role : (await owner.caller.core.roles.create(role)).id;
    const user = await createUser(t, name);
    await addMember(t, orgId, anna, user, roleId);
    members[name] = { user, caller: await callerFor(t, user, orgId) };
  }
  return { orgId, owner, members: members as { [K in keyof M]: TeamPerson } };
}
