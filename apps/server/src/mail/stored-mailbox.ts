import { DomainError, mailMessages as m, type OrgDatabase, type OrgTransaction } from "@quartet/core";
import { mailboxes } from "@quartet/db/org";
import { eq } from "drizzle-orm";

/** The stored mailbox, or NOT_FOUND naming `id` when it is not connected (any more). */
export async function storedMailbox(db: OrgDatabase | OrgTransaction, id: string) {
  const [row] = await db.select().from(mailboxes).where(eq(mailboxes.id, id));
  if (!row) throw new DomainError("NOT_FOUND", m.noSuchMailbox, { fields: { id: m.noSuchMailbox } });
  return row;
}
