import { can, corePermissions, DomainError, mailMessages as m, type ServiceContext } from "@quartet/core";
import { letters, mailboxes } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { visibleClient } from "../records/timeline/visible-client.ts";

/** Roles that see every mailbox's letters whatever the mailbox's list says. */
const alwaysSee = new Set(["owner", "admin", "system"]);

/** True when the actor's role may read a mailbox kept to `roles` (an empty list: everyone who sees clients). */
export function roleSeesMailbox(role: string, roles: readonly string[]): boolean {
  return roles.length === 0 || alwaysSee.has(role) || roles.includes(role);
}

/**
 * The letter, if the actor may read it: they see clients, their role may read its mailbox, and the
 * letter's client (when it has one) is within their reach. Anything else is NOT_FOUND naming
 * `letterId`, so a letter's existence does not leak.
 */
export async function readableLetter(ctx: ServiceContext, letterId: string) {
  const missing = () =>
    new DomainError("NOT_FOUND", m.noSuchLetter, { fields: { letterId: m.noSuchLetter } });
  if (!can(ctx.actor, corePermissions.clientsRead.id)) throw missing();
  const [row] = await ctx.org.db
    .select({ letter: letters, roles: mailboxes.roles, address: mailboxes.address })
    .from(letters)
    .leftJoin(mailboxes, eq(mailboxes.id, letters.mailboxId))
    .where(eq(letters.id, letterId));
  if (!row || !roleSeesMailbox(ctx.actor.role, row.roles ?? [])) throw missing();
  if (row.letter.clientId)
    await visibleClient(ctx, row.letter.clientId).catch(() => Promise.reject(missing()));
  return { ...row.letter, mailboxAddress: row.address };
}
