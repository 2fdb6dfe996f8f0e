import {
  type Actor,
  type CallEvent,
  type CallerCard,
  callerCard,
  type OrgDatabase,
  otherParty,
} from "@quartet/core";
import { activities, clients, contacts } from "@quartet/db/org";
import { and, desc, eq, ne } from "drizzle-orm";
import { ownersOf } from "../records/clients/owners.ts";
import { clientVisibility } from "../records/clients/visibility.ts";
import { callbackOwner } from "./callback-owner.ts";
import type { CallerReaders } from "./caller-readers.ts";
import { matchNumber } from "./match-number.ts";

/**
 * Reads who is calling from the organisation's database: the client and contact the other
 * party's number belongs to (core's phone keys), its responsible member (whoever would call it back:
 * `callbackOwner`), the client's newest activity other than system entries, and its open deals
 * in the enabled plugins. Read for `actor`, the member whose extension rings: a client outside their
 * record scope (the client card's check) is `outOfScope`, its card the number only.
 */
export async function readCaller(
  db: OrgDatabase,
  event: Pick<CallEvent, "providerCallId" | "direction" | "from" | "to">,
  reader: {
    actor: Actor;
    memberName: (userId: string) => string | null;
    deals: CallerReaders["clientDeals"];
  },
): Promise<CallerCard> {
  const { actor, memberName } = reader;
  const match = await matchNumber(db, otherParty(event));
  const [row] = match.clientId
    ? await db
        .select()
        .from(clients)
        .where(and(eq(clients.id, match.clientId), clientVisibility(actor)))
    : [];
  if (match.clientId && !row) {
    return callerCard({
      event,
      client: null,
      outOfScope: true,
      contact: null,
      owner: null,
      deals: [],
      lastActivity: null,
    });
  }
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
    deals: row ? await reader.deals(actor, row.id) : [],
    lastActivity: last ?? null,
  });
}
