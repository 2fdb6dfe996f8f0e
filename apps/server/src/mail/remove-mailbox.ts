import type { ServiceContext } from "@quartet/core";
import { mailboxes } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { storedMailbox } from "./stored-mailbox.ts";

/**
 * Disconnects a mailbox (`core.mail.mailboxes.remove`): it is no longer polled and its folder
 * cursors go; the letters it brought stay on the timelines (they are the clients' history).
 */
export async function removeMailbox(ctx: ServiceContext, id: string): Promise<void> {
  const row = await storedMailbox(ctx.org.db, id);
  await ctx.org.write(ctx.actor, async (scope) => {
    await scope.tx.delete(mailboxes).where(eq(mailboxes.id, row.id));
    await scope.audit({
      action: "core.mail.mailbox.remove",
      entity: "mailbox",
      entityId: row.id,
      before: { name: row.name, address: row.address },
    });
  });
}
