import type { Locale, ServiceContext } from "@quartet/core";
import { mailboxes } from "@quartet/db/org";
import { asc } from "drizzle-orm";
import { mailboxView } from "./mailbox-view.ts";

/** The organisation's connected mailboxes for the settings page (`core.mail.mailboxes.list`), passwords masked. */
export async function listMailboxes(ctx: ServiceContext, locale: Locale) {
  const rows = await ctx.org.db.select().from(mailboxes).orderBy(asc(mailboxes.createdAt));
  return rows.map((row) => mailboxView(row, locale));
}
