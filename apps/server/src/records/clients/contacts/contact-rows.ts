import { type ContactInput, newId, type OrgTransaction } from "@quartet/core";
import { contacts } from "@quartet/db/org";
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import type { Reader } from "../reader.ts";

// Contacts created together share a `createdAt`; rowid keeps the order they were given in.
const insertionOrder = sql`rowid`;

/** A contact as stored. */
export type ContactRow = typeof contacts.$inferSelect;

/** Inserts a contact of `clientId` (a missing role is stored as `other`); returns its id. */
export async function insertContact(
  tx: OrgTransaction,
  clientId: string,
  contact: ContactInput,
  now: number,
): Promise<string> {
  const id = newId("con", now);
  await tx.insert(contacts).values({
    id,
    clientId,
    name: contact.name,
    position: contact.position,
    role: contact.role ?? "other",
    phones: contact.phones,
    emails: contact.emails,
    isPrimary: contact.isPrimary,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

/**
 * Keeps exactly one primary contact per client that has contacts: `primaryId` when given
 * (the others lose the mark), else the primary already marked, else the oldest contact.
 */
export async function ensureOnePrimary(
  tx: OrgTransaction,
  clientId: string,
  primaryId?: string,
): Promise<void> {
  const ofClient = eq(contacts.clientId, clientId);
  if (primaryId) {
    await tx
      .update(contacts)
      .set({ isPrimary: false })
      .where(and(ofClient, ne(contacts.id, primaryId)));
    await tx.update(contacts).set({ isPrimary: true }).where(eq(contacts.id, primaryId));
    return;
  }
  const [first, ...rest] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(ofClient, eq(contacts.isPrimary, true)))
    .orderBy(asc(contacts.createdAt), insertionOrder);
  if (first) {
    for (const extra of rest)
      await tx.update(contacts).set({ isPrimary: false }).where(eq(contacts.id, extra.id));
    return;
  }
  const [oldest] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(ofClient)
    .orderBy(asc(contacts.createdAt), insertionOrder)
    .limit(1);
  if (oldest) await tx.update(contacts).set({ isPrimary: true }).where(eq(contacts.id, oldest.id));
}

/** A client's contacts, the primary first, then oldest first. */
export async function contactsOf(reader: Reader, clientId: string): Promise<ContactRow[]> {
  return reader
    .select()
    .from(contacts)
    .where(eq(contacts.clientId, clientId))
    .orderBy(desc(contacts.isPrimary), asc(contacts.createdAt), insertionOrder);
}
