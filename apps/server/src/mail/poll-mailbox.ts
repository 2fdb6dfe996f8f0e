import {
  fallbackMessageId,
  type MessageRef,
  planFolder,
  type ServiceContext,
  storeMessage,
} from "@quartet/core";
import { mailboxes, mailFolders } from "@quartet/db/org";
import { and, eq } from "drizzle-orm";
import type { ImapFlow } from "imapflow";
import { imapClient, imapProblem } from "./imap-session.ts";
import { ingestLetter } from "./ingest-letter.ts";
import { parseLetter } from "./parse-letter.ts";

type MailboxRow = typeof mailboxes.$inferSelect;

/** How many letters one poll reads from a folder; the next poll goes on from there. */
export const lettersPerPoll = 100;

/** How far back a renumbered folder (changed UIDVALIDITY) is read again: since the last poll, less this margin. */
const renumberedMarginMs = 24 * 60 * 60 * 1000;

/** What one poll did: letters stored and repeats skipped, or the problem the mailbox's status shows. */
export type PollOutcome = { stored: number; duplicates: number; problem: MessageRef | null };

/**
 * Polls one mailbox: logs in over IMAP, reads each watched folder's new letters by UID and keeps
 * each (`ingestLetter`). A refused login, a server that does not answer or a missing folder is
 * kept on the mailbox's status (worded on the settings page), never thrown: the other mailboxes
 * and the next poll go on.
 */
export async function pollMailbox(
  ctx: ServiceContext,
  mailbox: MailboxRow,
  locale: "ru" | "en",
): Promise<PollOutcome> {
  const outcome: PollOutcome = { stored: 0, duplicates: 0, problem: null };
  const client = imapClient(mailbox);
  client.on("error", (error) =>
    ctx.logger.warn({ err: error, mailbox: mailbox.id }, "IMAP connection error"),
  );
  try {
    await client.connect();
  } catch (error) {
    outcome.problem = imapProblem(error);
  }
  if (!outcome.problem) {
    try {
      for (const folder of mailbox.folders) {
        const problem = await pollFolder(ctx, client, { mailbox, folder, locale }, outcome);
        outcome.problem ??= problem;
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
  }
  await ctx.org.write(ctx.actor, (scope) =>
    scope.tx
      .update(mailboxes)
      .set({
        status: outcome.problem ? "failing" : "ok",
        statusError: outcome.problem ? storeMessage(outcome.problem) : null,
        lastPolledAt: ctx.clock.now(),
      })
      .where(eq(mailboxes.id, mailbox.id)),
  );
  return outcome;
}

async function pollFolder(
  ctx: ServiceContext,
  client: ImapFlow,
  at: { mailbox: MailboxRow; folder: string; locale: "ru" | "en" },
  outcome: PollOutcome,
): Promise<MessageRef | null> {
  let lock: Awaited<ReturnType<ImapFlow["getMailboxLock"]>>;
  try {
    lock = await client.getMailboxLock(at.folder, { readOnly: true });
  } catch (error) {
    return imapProblem(error, at.folder);
  }
  try {
    const opened = client.mailbox;
    if (!opened) return imapProblem(new Error("no mailbox"), at.folder);
    const uidValidity = String(opened.uidValidity);
    const [stored] = await ctx.org.db
      .select()
      .from(mailFolders)
      .where(and(eq(mailFolders.mailboxId, at.mailbox.id), eq(mailFolders.folder, at.folder)));
    const plan = planFolder(stored, uidValidity);
    if (plan.kind === "fresh") {
      await startCursor(ctx, at.mailbox.id, at.folder, uidValidity, Number(opened.uidNext) - 1);
      return null;
    }
    const uids = await uidsToRead(client, plan, at.mailbox.lastPolledAt);
    if (plan.kind === "renumbered" && uids.length === 0)
      await startCursor(ctx, at.mailbox.id, at.folder, uidValidity, Number(opened.uidNext) - 1);
    for (const uid of uids.slice(0, lettersPerPoll)) {
      const message = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
      if (message === false || !message.source) continue;
      const letter = await parseLetter(message.source);
      const messageId = letter.messageId ?? fallbackMessageId(at.mailbox.id, at.folder, uidValidity, uid);
      const origin = { mailbox: at.mailbox, folder: at.folder, uidValidity, uid, locale: at.locale };
      const result = await ingestLetter(ctx, origin, { ...letter, messageId });
      if (result.duplicate) outcome.duplicates++;
      else outcome.stored++;
    }
    return null;
  } catch (error) {
    return imapProblem(error, at.folder);
  } finally {
    lock.release();
  }
}

/** The UIDs to read, ascending: after the last one stored, or since the last poll in a renumbered folder. */
async function uidsToRead(
  client: ImapFlow,
  plan: { kind: "after"; uid: number } | { kind: "renumbered" },
  lastPolledAt: number | null,
): Promise<number[]> {
  let found: number[] = [];
  if (plan.kind === "after")
    for await (const message of client.fetch(`${plan.uid + 1}:*`, { uid: true }, { uid: true }))
      found.push(message.uid);
  else
    found =
      (await client.search({ since: new Date((lastPolledAt ?? 0) - renumberedMarginMs) }, { uid: true })) ||
      [];
  // `n:*` also names the newest letter when n is past it: keep only UIDs really after the cursor.
  const after = plan.kind === "after" ? plan.uid : 0;
  return found.filter((uid) => uid > after).sort((a, b) => a - b);
}

async function startCursor(
  ctx: ServiceContext,
  mailboxId: string,
  folder: string,
  uidValidity: string,
  lastUid: number,
) {
  const row = { mailboxId, folder, uidValidity, lastUid: Math.max(0, lastUid) };
  await ctx.org.write(ctx.actor, (scope) =>
    scope.tx
      .insert(mailFolders)
      .values(row)
      .onConflictDoUpdate({
        target: [mailFolders.mailboxId, mailFolders.folder],
        set: { uidValidity, lastUid: row.lastUid },
      }),
  );
}
