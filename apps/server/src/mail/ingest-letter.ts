import {
  type Actor,
  letterReceived,
  type MessageRef,
  mailMessages as m,
  newId,
  type ServiceContext,
  threadCandidates,
  type WriteScope,
  wordMessage,
} from "@quartet/core";
import { letterAttachments, letters, type mailboxes, mailFolders } from "@quartet/db/org";
import { eq, inArray } from "drizzle-orm";
import { addActivity } from "../records/timeline/add-activity.ts";
import { keptAttachments } from "./attachment-limits.ts";
import { matchSender } from "./match-sender.ts";
import type { ParsedLetter } from "./parse-letter.ts";

/** Where a letter was read: its mailbox, folder and UID there (the folder's cursor moves past it). */
export type LetterOrigin = {
  mailbox: typeof mailboxes.$inferSelect;
  folder: string;
  uidValidity: string;
  uid: number;
  /** The organisation's language, for the timeline entry's stored body. */
  locale: "ru" | "en";
};

/** The author of letters on the timeline: the mailbox, not a member. */
const mailActor = (mailbox: { id: string; address: string }): Actor => ({
  kind: "system",
  id: mailbox.id,
  name: mailbox.address,
  role: "system",
  permissions: new Set(),
});

/**
 * Keeps one letter read from a mailbox, in one transaction with its folder's cursor, so a crash
 * re-reads it rather than skipping it. A Message-ID already stored (another folder, a re-poll)
 * only moves the cursor. A reply joins its thread (found by In-Reply-To/References) and the
 * thread's client, whichever address it came from; otherwise the sender is matched by address,
 * then company domain. A matched letter goes on the client's timeline; `core.letter.received`
 * tells the intake plugin about the rest.
 */
export async function ingestLetter(
  ctx: ServiceContext,
  origin: LetterOrigin,
  letter: ParsedLetter & { messageId: string },
) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const [seen] = await scope.tx
      .select({ id: letters.id })
      .from(letters)
      .where(eq(letters.messageId, letter.messageId));
    const stored = seen
      ? { id: seen.id, duplicate: true }
      : { id: await store(scope, origin, letter, now), duplicate: false };
    await moveCursor(scope, origin);
    return stored;
  });
}

async function store(
  scope: WriteScope,
  origin: LetterOrigin,
  letter: ParsedLetter & { messageId: string },
  now: number,
) {
  const { mailbox } = origin;
  const id = newId("ltr", now);
  const parent = await threadParent(scope, letter);
  const match = parent?.clientId
    ? { clientId: parent.clientId, contactId: null }
    : await matchSender(scope.tx, letter.from);
  const occurredAt = letter.date && letter.date <= now ? letter.date : now;
  const subject = letter.subject || wordMessage(origin.locale, m.noSubject);
  await scope.tx.insert(letters).values({
    id,
    mailboxId: mailbox.id,
    messageId: letter.messageId,
    threadId: parent?.threadId ?? id,
    inReplyTo: letter.inReplyTo,
    references: letter.references,
    direction: "inbound",
    status: "received",
    fromAddress: letter.from,
    fromName: letter.fromName,
    to: letter.to,
    cc: letter.cc,
    subject: letter.subject,
    text: letter.text,
    clientId: match.clientId,
    contactId: match.contactId,
    occurredAt,
    createdAt: now,
  });
  const kept = keptAttachments(letter.attachments.map((a) => a.size));
  if (letter.attachments.length > 0)
    await scope.tx.insert(letterAttachments).values(
      letter.attachments.map((a, index) => ({
        id: newId("att", now),
        letterId: id,
        fileName: a.fileName,
        contentType: a.contentType,
        size: a.size,
        content: kept[index] ? a.content : null,
      })),
    );
  const activityId = match.clientId
    ? await putOnTimeline(scope, origin, {
        id,
        threadId: parent?.threadId ?? id,
        clientId: match.clientId,
        from: letter.from,
        subject,
        occurredAt,
        now,
      })
    : null;
  await scope.emit(letterReceived, {
    letterId: id,
    threadId: parent?.threadId ?? id,
    mailboxId: mailbox.id,
    mailbox: mailbox.address,
    from: letter.from,
    fromName: letter.fromName,
    subject: letter.subject,
    text: letter.text,
    clientId: match.clientId,
    activityId,
    receivedAt: occurredAt,
  });
  return id;
}

/** The stored letter this one answers, nearest first (In-Reply-To, then References newest to oldest). */
async function threadParent(scope: WriteScope, letter: ParsedLetter & { messageId: string }) {
  const candidates = threadCandidates(letter);
  if (candidates.length === 0) return undefined;
  const rows = await scope.tx
    .select({ messageId: letters.messageId, threadId: letters.threadId, clientId: letters.clientId })
    .from(letters)
    .where(inArray(letters.messageId, candidates));
  return candidates.map((c) => rows.find((row) => row.messageId === c)).find((row) => row !== undefined);
}

async function putOnTimeline(
  scope: WriteScope,
  origin: LetterOrigin,
  entry: {
    id: string;
    threadId: string;
    clientId: string;
    from: string;
    subject: string;
    occurredAt: number;
    now: number;
  },
) {
  // A mailbox kept to some roles shows its subjects only to them (in the letter), not on the timeline.
  const text: MessageRef = origin.mailbox.roles.length
    ? { key: m.letterFromPrivate, params: { from: entry.from } }
    : { key: m.letterFrom, params: { from: entry.from, subject: entry.subject } };
  const activityId = await addActivity(scope, mailActor(origin.mailbox), entry.now, {
    clientId: entry.clientId,
    type: "email",
    function: null,
    body: wordMessage(origin.locale, text.key, text.params),
    text,
    data: {
      letter: { id: entry.id, threadId: entry.threadId, direction: "inbound", mailboxId: origin.mailbox.id },
    },
    occurredAt: entry.occurredAt,
  });
  await scope.tx.update(letters).set({ activityId }).where(eq(letters.id, entry.id));
  return activityId;
}

async function moveCursor(scope: WriteScope, origin: LetterOrigin) {
  const row = {
    mailboxId: origin.mailbox.id,
    folder: origin.folder,
    uidValidity: origin.uidValidity,
    lastUid: origin.uid,
  };
  await scope.tx
    .insert(mailFolders)
    .values(row)
    .onConflictDoUpdate({
      target: [mailFolders.mailboxId, mailFolders.folder],
      set: { uidValidity: row.uidValidity, lastUid: row.lastUid },
    });
}
