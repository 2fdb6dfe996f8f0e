import { type Actor, DomainError, type OrgTransaction, recordMessages } from "@quartet/core";
import { clients, contacts } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { writableClient } from "../find-client.ts";
import { reindexClient } from "../reindex-client.ts";
import type { ContactRow } from "./contact-rows.ts";

/** A contact whose client the actor may edit; NOT_FOUND otherwise (ids are not confirmed). */
export async function writableContact(
  tx: OrgTransaction,
  actor: Actor,
  contactId: string,
): Promise<ContactRow> {
  const [contact] = await tx.select().from(contacts).where(eq(contacts.id, contactId));
  const notFound = new DomainError("NOT_FOUND", recordMessages.noSuchContact, {
    fields: { contactId: recordMessages.noSuchContact },
  });
  if (!contact) throw notFound;
  try {
    await writableClient(tx, actor, contact.clientId);
  } catch (error) {
    throw error instanceof DomainError && error.code === "NOT_FOUND" ? notFound : error;
  }
  return contact;
}

/** After a contact changed: the client's keys follow, and it counts as updated. */
export async function afterContactChange(tx: OrgTransaction, clientId: string, now: number): Promise<void> {
  await tx.update(clients).set({ updatedAt: now }).where(eq(clients.id, clientId));
  await reindexClient(tx, clientId);
}
