import { type DatabaseHandle, writeTransaction } from "@quartet/db";
import { instanceSettings, invitations, users } from "@quartet/db/control";
import { eq, isNull, sql } from "drizzle-orm";
import { sha256 } from "../../people/hash.ts";
import type { InvitationHeld } from "./decide.ts";
import type { SignUpPolicy, SignUpSettings } from "./settings.ts";

const rowId = "instance";

/** The server's administrator (the first person who signed up) and the policy they chose, if any. */
export async function readInstance(control: DatabaseHandle) {
  const [row] = await control.db.select().from(instanceSettings).where(eq(instanceSettings.id, rowId));
  return { adminUserId: row?.adminUserId ?? null, chosenPolicy: row?.signUpPolicy ?? null };
}

/** The sign-up policy in force: the administrator's choice, else the server's `QUARTET_SIGNUP`. */
export async function policyInForce(
  control: DatabaseHandle,
  settings: SignUpSettings,
): Promise<SignUpPolicy> {
  return (await readInstance(control)).chosenPolicy ?? settings.policy;
}

/** True while the server has no account at all: the next one becomes its administrator. */
export async function noUsersYet(control: DatabaseHandle): Promise<boolean> {
  const [row] = await control.db.select({ one: sql<number>`1` }).from(users).limit(1);
  return row === undefined;
}

/** Makes `userId` the server's administrator unless it has one. */
export async function claimAdministrator(
  control: DatabaseHandle,
  userId: string,
  now: number,
): Promise<void> {
  await writeTransaction(control, async (tx) => {
    await tx
      .insert(instanceSettings)
      .values({ id: rowId, adminUserId: userId, updatedAt: now })
      .onConflictDoNothing();
    await tx
      .update(instanceSettings)
      .set({ adminUserId: userId, updatedAt: now })
      .where(isNull(instanceSettings.adminUserId));
  });
}

/** Stores the administrator's choice of policy (null: back to `QUARTET_SIGNUP`). */
export async function choosePolicy(control: DatabaseHandle, policy: SignUpPolicy | null, now: number) {
  await writeTransaction(control, (tx) =>
    tx
      .insert(instanceSettings)
      .values({ id: rowId, signUpPolicy: policy, updatedAt: now })
      .onConflictDoUpdate({ target: instanceSettings.id, set: { signUpPolicy: policy, updatedAt: now } }),
  );
}

/** What an invitation token a sign-up carries is worth now. */
export async function invitationHeld(
  control: DatabaseHandle,
  token: string | null,
  now: number,
): Promise<InvitationHeld> {
  if (!token) return { kind: "none" };
  const [row] = await control.db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, sha256(token)));
  if (!row || row.revokedAt || row.acceptedAt || row.expiresAt <= now) return { kind: "unusable" };
  return { kind: "usable", email: row.email };
}
