import type { letterQueued, ServiceContext, WriteScope } from "@quartet/core";
import type { DeliveredEvent } from "@quartet/core/plugin";
import { letters, mailboxes } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { type Mailer, smtpMailer } from "../auth/mailer.ts";
import { isTemporary, tries } from "../documents/send/mail-document.ts";

/**
 * Sends one queued reply (found by the event's id, which is the letter's id) and marks it `sent`,
 * or `failed` with the server's words. Through the mailbox's own SMTP server when it has one
 * (from its address), else the server's mailer (in the member's name, replies to the mailbox).
 * A temporary failure is thrown for the outbox to try again, up to `tries`; a letter already
 * marked (a redelivered event) is left alone, so each reply goes once.
 */
export async function sendReply(
  deps: { mailer: Mailer },
  ctx: ServiceContext & { scope: WriteScope },
  event: DeliveredEvent<z.output<typeof letterQueued.schema>>,
): Promise<void> {
  const tx = ctx.scope.tx;
  const [letter] = await tx.select().from(letters).where(eq(letters.id, event.id));
  if (letter?.status !== "queued") return;
  const [mailbox] = await tx.select().from(mailboxes).where(eq(mailboxes.id, letter.mailboxId));
  const mailer = mailbox?.smtp
    ? smtpMailer({ url: smtpUrl(mailbox.smtp), from: mailbox.address })
    : deps.mailer;
  const outcome = await mailer
    .send({
      to: letter.to.join(", "),
      subject: letter.subject,
      text: letter.text,
      senderName: letter.fromName ?? undefined,
      replyTo: mailbox?.smtp ? undefined : letter.fromAddress,
      messageId: letter.messageId,
      inReplyTo: letter.inReplyTo ?? undefined,
      references: letter.references,
    })
    .then(
      () => ({ status: "sent" as const, error: null }),
      (error: unknown) => {
        if (isTemporary(error) && event.attempt < tries) throw error;
        ctx.logger.warn({ err: error, letterId: letter.id }, "sending a reply failed");
        return { status: "failed" as const, error: String((error as Error)?.message ?? error).slice(0, 500) };
      },
    );
  await tx.update(letters).set(outcome).where(eq(letters.id, letter.id));
}

/** A nodemailer URL of a mailbox's SMTP server: `smtps://` with TLS from the start, `smtp://` otherwise (STARTTLS when offered). */
export function smtpUrl(server: {
  host: string;
  port: number;
  tls: boolean;
  user: string;
  password: string;
}): string {
  const auth = `${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}`;
  return `${server.tls ? "smtps" : "smtp"}://${auth}@${server.host}:${server.port}`;
}
