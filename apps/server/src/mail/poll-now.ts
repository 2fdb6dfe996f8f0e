import type { Locale, ServiceContext } from "@quartet/core";
import type { People } from "../people/index.ts";
import { mailboxView } from "./mailbox-view.ts";
import { orgLocale } from "./org-locale.ts";
import { pollMailbox } from "./poll-mailbox.ts";
import { storedMailbox } from "./stored-mailbox.ts";

/**
 * Polls one mailbox now (`core.mail.mailboxes.poll`, «Проверить сейчас» after saving its settings)
 * and answers its view with the fresh status, so a wrong password shows at once, worded.
 */
export async function pollNow(
  deps: { people: Pick<People, "organisation"> },
  ctx: ServiceContext,
  id: string,
  locale: Locale,
) {
  const row = await storedMailbox(ctx.org.db, id);
  await pollMailbox(ctx, row, await orgLocale(deps.people, ctx.org.orgId));
  return mailboxView(await storedMailbox(ctx.org.db, id), locale);
}
