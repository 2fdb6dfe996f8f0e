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

/** A tRPC caller for a signed-in user working in `orgId`, resolved by the real authenticator. */
export async function callerFor(
  t: TestHost,
  user: { id: string; name: string; email: string },
  orgId?: string | null,
) {
  const authenticate = createAuthenticator(t.host.people.deps, async () => ({
    userId: user.id,
    email: user.email,
    name: user.name,
  }));
  const headers: Record<string, string> = orgId ? { "x-quartet-org": orgId } : {};
  const identity = await authenticate(new Request("http://localhost/trpc", { headers }));
  return t.callerWith(identity);
}

/** An organisation created by `owner` through the API, as onboarding does. */
export async function orgOwnedBy(
  t: TestHost,
  owner: { id: string; name: string; email: string },
  name = "ООО Ромашка",
  growthStage: "solo" | "specialists" | "departments" = "solo",
) {
  const caller = await callerFor(t, owner);
  return caller.core.org.create({ name, growthStage });
}

/** Makes `user` a member of `orgId` with `role`, the way an accepted invitation does. */
export async function addMember(
  t: TestHost,
  orgId: string,
  owner: { id: string; name: string; email: string },
  user: { id: string; name: string; email: string },
  role: string,
) {
  const invited = await (await callerFor(t, owner, orgId)).core.invitations.create({
    email: user.email,
    role,
  });
  const token = new URL(invited.link).searchParams.get("token") ?? "";
  await (await callerFor(t, user)).core.invitations.accept({ token });
}
