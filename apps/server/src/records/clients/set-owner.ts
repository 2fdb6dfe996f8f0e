import {
  DomainError,
  peopleMessages,
  recordMessages,
  type SalesFunction,
  type ServiceContext,
  type WriteScope,
} from "@quartet/core";
import { clients } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { addActivity } from "../timeline/add-activity.ts";
import { writableClient } from "./find-client.ts";
import { ownerFields, ownersOf } from "./owners.ts";
import { ownerChangeRef, ownerChangeText } from "./system-texts.ts";

/** A member of the organisation by user id, or null for a non-member (the people service answers). */
export type FindMember = (userId: string) => Promise<{ name: string } | null>;

/**
 * Makes `userId` the client's responsible member for one function, or clears it with `null`.
 * A user who is not a member is BAD_INPUT naming `userId`; the change is audited and on the timeline.
 */
export async function setClientOwner({
  ctx,
  input,
  findMember,
}: {
  ctx: ServiceContext;
  input: { clientId: string; function: SalesFunction; userId: string | null };
  findMember: FindMember;
}): Promise<{ changed: boolean }> {
  const member = input.userId ? await findMember(input.userId) : null;
  if (input.userId && !member) {
    throw new DomainError("BAD_INPUT", peopleMessages.notOrgMember, {
      fields: { userId: peopleMessages.notMember },
    });
  }
  return ctx.org.write(ctx.actor, async (scope) => {
    await writableClient(scope.tx, ctx.actor, input.clientId);
    const changed = await setOwnerIn(ctx, scope, input.clientId, input.function, input.userId, member?.name);
    return { changed };
  });
}

/**
 * `setClientOwner` inside the caller's transaction, for services that already checked membership
 * (a handoff accepted, the assignment engine's pick). Returns false when nothing changed.
 */
export async function setOwnerIn(
  ctx: ServiceContext,
  scope: WriteScope,
  clientId: string,
  fn: SalesFunction,
  userId: string | null,
  userName?: string,
): Promise<boolean> {
  const [row] = await scope.tx.select().from(clients).where(eq(clients.id, clientId));
  if (!row)
    throw new DomainError("NOT_FOUND", recordMessages.noSuchClient, {
      fields: { clientId: recordMessages.noSuchClient },
    });
  const previous = ownersOf(row)[fn];
  if (previous === userId) return false;
  const now = ctx.clock.now();
  const { locale } = await ctx.records.people.organisation();
  await scope.tx
    .update(clients)
    .set({ [ownerFields[fn]]: userId, updatedAt: now })
    .where(eq(clients.id, clientId));
  await addActivity(scope, ctx.actor, now, {
    clientId,
    type: "system",
    function: fn,
    body: ownerChangeText(locale, fn, userId ? (userName ?? userId) : null),
    text: ownerChangeRef(fn, userId ? (userName ?? userId) : null),
    data: { event: "owner-changed", function: fn, from: previous, to: userId, toName: userName ?? null },
  });
  await scope.audit({
    action: "core.client.owner",
    entity: "client",
    entityId: clientId,
    before: { function: fn, userId: previous },
    after: { function: fn, userId },
  });
  return true;
}
