import { type Actor, DomainError, peopleMessages } from "@quartet/core";
import { writeTransaction } from "@quartet/db";
import { memberships, users } from "@quartet/db/control";
import { and, asc, eq } from "drizzle-orm";
import { assertRoleExists } from "./access.ts";
import type { PeopleDeps } from "./deps.ts";
import { recordAudit } from "./record-audit.ts";

/** The members of an organisation with their roles. */
export async function listMembers(deps: PeopleDeps, orgId: string) {
  return deps.control.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(memberships.createdAt));
}

async function membershipOf(deps: PeopleDeps, orgId: string, userId: string) {
  const [row] = await deps.control.db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!row)
    throw new DomainError("NOT_FOUND", peopleMessages.noMember, {
      fields: { userId: peopleMessages.notMember },
    });
  return row;
}

async function audit(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  action: string,
  userId: string,
  before: unknown,
  after: unknown,
) {
  await recordAudit(deps, actor, orgId, { action, entity: "member", entityId: userId, before, after });
}

/** Changes a member's role. The owner's role changes only by transferring ownership. */
export async function changeMemberRole(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  userId: string,
  role: string,
) {
  const member = await membershipOf(deps, orgId, userId);
  if (member.role === "owner") throw new DomainError("CONFLICT", peopleMessages.ownerRole);
  if (role === "owner")
    throw new DomainError("BAD_INPUT", peopleMessages.transferInstead, {
      fields: { role: peopleMessages.useTransfer },
    });
  await assertRoleExists(deps.control, orgId, role);
  await writeTransaction(deps.control, (tx) =>
    tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId))),
  );
  await audit(deps, actor, orgId, "core.member.role", userId, { role: member.role }, { role });
}

/** Removes a member. The owner cannot be removed; they transfer ownership first. */
export async function removeMember(deps: PeopleDeps, actor: Actor, orgId: string, userId: string) {
  const member = await membershipOf(deps, orgId, userId);
  if (member.role === "owner") throw new DomainError("CONFLICT", peopleMessages.ownerRemove);
  await writeTransaction(deps.control, (tx) =>
    tx.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId))),
  );
  await audit(deps, actor, orgId, "core.member.remove", userId, { role: member.role }, null);
}

/** Hands ownership to another member; the previous owner becomes an administrator. */
export async function transferOwnership(deps: PeopleDeps, actor: Actor, orgId: string, toUserId: string) {
  const current = await membershipOf(deps, orgId, actor.id);
  if (current.role !== "owner") throw new DomainError("FORBIDDEN", peopleMessages.onlyOwnerTransfers);
  const next = await membershipOf(deps, orgId, toUserId);
  if (next.userId === actor.id)
    throw new DomainError("BAD_INPUT", peopleMessages.alreadyOwn, {
      fields: { userId: peopleMessages.chooseAnother },
    });
  await writeTransaction(deps.control, async (tx) => {
    await tx
      .update(memberships)
      .set({ role: "owner" })
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, toUserId)));
    await tx
      .update(memberships)
      .set({ role: "admin" })
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, actor.id)));
  });
  await audit(
    deps,
    actor,
    orgId,
    "core.org.transfer",
    toUserId,
    { owner: actor.id, role: next.role },
    { owner: toUserId },
  );
}
