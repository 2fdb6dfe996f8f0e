import type { JobDefinition } from "@quartet/core/plugin";
import { mailboxes } from "@quartet/db/org";
import { pollMailbox } from "./poll-mailbox.ts";

/** How often connected mailboxes are polled (IDLE is not used: one short poll a minute is enough for sales mail). */
export const mailPollEveryMs = 60_000;

/**
 * Core's job that polls every connected mailbox of an organisation in turn; one mailbox's failure
 * is its status, not the job's. `locale` gives the organisation's language for timeline texts.
 */
export function mailPollJob(deps: { locale(orgId: string): Promise<"ru" | "en"> }): JobDefinition {
  return {
    name: "mail.poll",
    everyMs: mailPollEveryMs,
    async run(ctx) {
      const rows = await ctx.org.db.select().from(mailboxes);
      if (rows.length === 0) return;
      const locale = await deps.locale(ctx.org.orgId);
      for (const row of rows) await pollMailbox(ctx, row, locale);
    },
  };
}
