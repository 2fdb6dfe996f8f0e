import {
  DomainError,
  letterQueued,
  mailMessages as m,
  replySubject,
  replyThreading,
  type ServiceContext,
  wordMessage,
} from "@quartet/core";
import { letters } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Mailer } from "../auth/mailer.ts";
import { addActivity } from "../records/timeline/add-activity.ts";
import { readableLetter } from "./letter-access.ts";
import type { replyInput } from "./reply-input.ts";
import { storedMailbox } from "./stored-mailbox.ts";

/** What replying needs from the host: whether the server's mailer really sends, and the organisation's language. */
export type ReplyDeps = { mailer: Pick<Mailer, "delivers">; locale: "ru" | "en" };

/**
 * Queues a member's reply to a letter (`core.mail.letters.reply`): to its sender (or, answering
 * our own letter, to its recipients), «Re: » its subject, `In-Reply-To` and `References` set, from
 * the letter's mailbox. In one transaction: the outbound letter (queued) in the same thread, its
 * timeline entry on the thread's client and `core.letter.queued`, whose id is the letter's — core's
 * mail subscriber sends it after the commit, so a crash in between sends it once, later.
 */
export async function queueReply(deps: ReplyDeps, ctx: ServiceContext, input: z.output<typeof replyInput>) {
  const parent = await readableLetter(ctx, input.letterId);
  const mailbox = await storedMailbox(ctx.org.db, parent.mailboxId).catch(() => {
    throw new DomainError("PRECONDITION_FAILED", m.noSuchMailbox);
  });
  if (!mailbox.smtp && deps.mailer.delivers === false)
    throw new DomainError("PRECONDITION_FAILED", m.noMailer);
  const to = parent.direction === "inbound" ? [parent.fromAddress] : parent.to;
  const subject = replySubject(parent.subject);
  const threading = replyThreading(parent);
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const id = await scope.emit(letterQueued, {
      mailboxId: mailbox.id,
      threadId: parent.threadId,
      clientId: parent.clientId,
    });
    const messageId = `<${id}@${mailbox.address.slice(mailbox.address.lastIndexOf("@") + 1)}>`;
    await scope.tx.insert(letters).values({
      id,
      mailboxId: mailbox.id,
      messageId,
      threadId: parent.threadId,
      inReplyTo: threading.inReplyTo,
      references: threading.references,
      direction: "outbound",
      status: "queued",
      fromAddress: mailbox.address,
      fromName: ctx.actor.name,
      to,
      cc: [],
      subject,
      text: input.text,
      clientId: parent.clientId,
      contactId: parent.contactId,
      sentBy: ctx.actor.id,
      occurredAt: now,
      createdAt: now,
    });
    if (parent.clientId) {
      const text = { key: m.letterTo, params: { to: to.join(", "), subject } };
      const activityId = await addActivity(scope, ctx.actor, now, {
        clientId: parent.clientId,
        type: "email",
        function: null,
        body: wordMessage(deps.locale, text.key, text.params),
        text,
        data: { letter: { id, threadId: parent.threadId, direction: "outbound", mailboxId: mailbox.id } },
      });
      await scope.tx.update(letters).set({ activityId }).where(eq(letters.id, id));
    }
    await scope.audit({ action: "core.mail.reply", entity: "letter", entityId: id, after: { to, subject } });
    return { id, threadId: parent.threadId, to, subject, status: "queued" as const };
  });
}
