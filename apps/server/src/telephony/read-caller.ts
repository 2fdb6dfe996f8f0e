import { type CallEvent, type CallerCard, callerCard, type OrgDatabase, otherParty } from "@quartet/core";
import { activities, clients, contacts } from "@quartet/db/org";
import { and, desc, eq, ne } from "drizzle-orm";
import { ownersOf } from "../records/clients/owners.ts";
import { callbackOwner } from "./callback-owner.ts";
import { matchNumber } from "./match-number.ts";

/**
 * Reads who is calling from the organisation's database: the client and contact the other
 * party's number belongs to (core's phone keys), its responsible member (whoever would call it back:
 * `callbackOwner`), and the client's newest activity other than system entries. Open deals live in the plugins, which offer no reader per client yet, so the
 * card carries none.
 */
export async function readCaller(
  db: OrgDatabase,
  event: Pick<CallEvent, "providerCallId" | "direction" | "from" | "to">,
  memberName: (userId: string) => string | null,
): Promise<CallerCard> {
  const match = await matchNumber(db, otherParty(event));
  const [row] = match.clientId ? await db.select().from(clients).where(eq(clients.id, match.clientId)) : [];
  const [contact] = match.contactId
    ? await db
        .select({ name: contacts.name, position: contacts.position })
        .from(contacts)
        .where(eq(contacts.id, match.contactId))
    : [];
  const [last] = row
    ? await db
        .select({ type: activities.type, occurredAt: activities.occurredAt })
        .from(activities)
        .where(and(eq(activities.clientId, row.id), ne(activities.type, "system")))
        .orderBy(desc(activities.occurredAt))
        .limit(1)
    : [];
  const owner = row
    ? callbackOwner({ stage: row.stage, tier: row.tier, owners: ownersOf(row), rang: null })
    : null;
  return callerCard({
    event,
    client: row ?? null,
    contact: contact ?? null,
    owner: owner ? memberName(owner) : null,
    deals: [],
    lastActivity: last ?? null,
  });
}
