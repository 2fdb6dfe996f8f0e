import { type Actor, builtInRoles, DomainError, newId, newSecret, peopleMessages } from "@quartet/core";
import { writeTransaction } from "@quartet/db";
import { customRoles, invitations, memberships, organisations, users } from "@quartet/db/control";
import { and, desc, eq, isNull } from "drizzle-orm";
import { assertRoleExists } from "./access.ts";
import type { PeopleDeps } from "./deps.ts";
import { sha256 } from "./hash.ts";
import { invitationMail } from "./mail-texts.ts";
import { recordAudit } from "./record-audit.ts";

/** How long an invitation stays valid. */
export const invitationTtlMs = 7 * 24 * 3600 * 1000;

/** Invites someone by email with a role; mails them a single-use link and returns it once. */
export async function inviteMember(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  input: { email: string; role: string },
) {
  const email = input.email.trim().toLowerCase();
  if (input.role === "owner")
    throw new DomainError("BAD_INPUT", peopleMessages.inviteAsAdmin, {
      fields: { role: peopleMessages.notAllowed },
    });
  await assertRoleExists(deps.control, orgId, input.role);
  const [member] = await deps.control.db
    .select({ userId: users.id })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, orgId)))
    .where(eq(users.email, email));
  if (member)
    throw new DomainError("CONFLICT", peopleMessages.alreadyMemberPerson, {
      fields: { email: peopleMessages.alreadyMember },
    });
  const token = newSecret(24);
  const now = deps.clock.now();
  const row = {
    id: newId("inv", now),
    orgId,
    email,
    role: input.role,
    tokenHash: sha256(token),
    invitedBy: actor.id,
    createdAt: now,
    expiresAt: now + invitationTtlMs,
  };
  await writeTransaction(deps.control, (tx) => tx.insert(invitations).values(row));
  const org = await deps.organisations.get(orgId);
  const link = `${deps.publicUrl}/invite?token=${token}`;
  await deps.mailer.send({ to: email, ...invitationMail({ orgName: org.name, inviter: actor.name, link }) });
  await recordAudit(deps, actor, orgId, {
    action: "core.invitation.create",
    entity: "invitation",
    entityId: row.id,
    after: { email, role: input.role },
  });
  return { id: row.id, email, role: input.role, expiresAt: row.expiresAt, link };
}

/** Pending invitations of an organisation. */
export async function listInvitations(deps: PeopleDeps, orgId: string) {
  const rows = await deps.control.db
    .select()
    .from(invitations)
    .where(and(eq(invitations.orgId, orgId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt));
  const now = deps.clock.now();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    expired: r.expiresAt <= now,
  }));
}

/** Revokes a pending invitation. */
export async function revokeInvitation(deps: PeopleDeps, actor: Actor, orgId: string, invitationId: string) {
  const result = await writeTransaction(deps.control, (tx) =>
    tx
      .update(invitations)
      .set({ revokedAt: deps.clock.now() })
      .where(
        and(
          eq(invitations.id, invitationId),
          eq(invitations.orgId, orgId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      ),
  );
  if (result.rowsAffected !== 1) throw new DomainError("NOT_FOUND", peopleMessages.noPendingInvitation);
  await recordAudit(deps, actor, orgId, {
    action: "core.invitation.revoke",
    entity: "invitation",
    entityId: invitationId,
  });
}

/** What an invitation link is for, shown before accepting. */
export async function previewInvitation(deps: PeopleDeps, token: string) {
  const invitation = await findUsable(deps, token);
  const [org] = await deps.control.db
    .select()
    .from(organisations)
    .where(eq(organisations.id, invitation.orgId));
  const builtIn = builtInRoles.find((role) => role.id === invitation.role);
  const [custom] = builtIn
    ? []
    : await deps.control.db
        .select({ name: customRoles.name })
        .from(customRoles)
        .where(eq(customRoles.id, invitation.role));
  const roleName = builtIn?.name ?? {
    en: custom?.name ?? invitation.role,
    ru: custom?.name ?? invitation.role,
  };
  return {
    orgName: org?.name ?? "",
    email: invitation.email,
    role: invitation.role,
    roleName,
    expiresAt: invitation.expiresAt,
  };
}

async function findUsable(deps: PeopleDeps, token: string) {
  const [invitation] = await deps.control.db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, sha256(token)));
  if (!invitation || invitation.revokedAt)
    throw new DomainError("NOT_FOUND", peopleMessages.invitationMissing);
  if (invitation.acceptedAt) throw new DomainError("CONFLICT", peopleMessages.invitationUsed);
  if (invitation.expiresAt <= deps.clock.now())
    throw new DomainError("PRECONDITION_FAILED", peopleMessages.invitationExpired);
  return invitation;
}

/** Accepts an invitation as the signed-in user, whose email must match; single-use. */
export async function acceptInvitation(deps: PeopleDeps, actor: Actor & { email: string }, token: string) {
  const invitation = await findUsable(deps, token);
  if (invitation.email !== actor.email.toLowerCase()) {
    throw new DomainError("FORBIDDEN", peopleMessages.invitationForOther, {
      params: { email: invitation.email },
    });
  }
  const now = deps.clock.now();
  await writeTransaction(deps.control, async (tx) => {
    const used = await tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedBy: actor.id })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)));
    if (used.rowsAffected !== 1) throw new DomainError("CONFLICT", peopleMessages.invitationUsed);
    await tx
      .insert(memberships)
      .values({ orgId: invitation.orgId, userId: actor.id, role: invitation.role, createdAt: now })
      .onConflictDoNothing();
    // The link came by mail to this address: following it confirms the address (docs/operations.md, "Sign-up policy").
    await tx.update(users).set({ emailVerified: true }).where(eq(users.id, actor.id));
  });
  await recordAudit(deps, actor, invitation.orgId, {
    action: "core.invitation.accept",
    entity: "member",
    entityId: actor.id,
    after: { role: invitation.role },
  });
  return { orgId: invitation.orgId, role: invitation.role };
}
