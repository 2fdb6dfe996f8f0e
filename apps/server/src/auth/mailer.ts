import type { Logger } from "@quartet/core";
import nodemailer from "nodemailer";
import type { ServerConfig } from "../config.ts";

/** A file sent with a mail (an issued document's PDF). */
export type MailAttachment = { filename: string; content: Uint8Array; contentType: string };

/** One outgoing mail: a plain-text body, an HTML one when the sender has it, and files attached. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Where replies go when not to the sender (a member who mails a client from the CRM). */
  replyTo?: string;
  /** The sender's name shown in place of the configured one (a document goes out in the seller's name); the address stays. */
  senderName?: string;
  attachments?: readonly MailAttachment[];
  /** Threading headers of a reply (`<id@host>` forms): its own id, the letter it answers, the thread's ids. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
};

/**
 * The port through which the server sends mail (password reset links, notifications, documents).
 * `delivers: false` marks the development mailer, whose mail reaches nobody: what only makes
 * sense when mail arrives (mailing a document to a client) is refused instead.
 */
export type Mailer = { send(message: MailMessage): Promise<void>; readonly delivers?: boolean };

/**
 * Development mailer: writes each message, link included, to the log at info level instead
 * of sending it (attachments by name only). This is the documented behaviour when `QUARTET_SMTP_URL` is unset.
 */
export function logMailer(logger: Logger): Mailer {
  return {
    delivers: false,
    async send(message) {
      logger.info(
        {
          mail: {
            to: message.to,
            subject: message.subject,
            text: message.text,
            attachments: message.attachments?.map((a) => a.filename),
          },
        },
        "Mail not sent (QUARTET_SMTP_URL is unset); its text follows",
      );
    },
  };
}

/**
 * Sends mail through an SMTP server given as a nodemailer URL.
 *
 * @example smtpMailer({ url: "smtps://user:pass@smtp.example.com", from: "Quartet <crm@example.com>" })
 */
export function smtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    async send(message) {
      const { attachments, senderName, ...rest } = message;
      await transport.sendMail({
        from: senderName ? { name: senderName, address: addressOf(options.from) } : options.from,
        ...rest,
        attachments: attachments?.map((a) => ({
          filename: a.filename,
          content: Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength),
          contentType: a.contentType,
        })),
      });
    },
  };
}

/** The bare address of a sender written as `Name <address>` or as the address alone. */
export function addressOf(sender: string): string {
  return /<([^<>]+)>\s*$/.exec(sender)?.[1]?.trim() ?? sender.trim();
}

/** SMTP when `QUARTET_SMTP_URL` is set, otherwise the log (with a warning at boot, so nobody waits for mail). */
export function mailerFromConfig(config: ServerConfig, logger: Logger): Mailer {
  if (config.smtpUrl) return smtpMailer({ url: config.smtpUrl, from: config.mailFrom });
  logger.warn(
    "QUARTET_SMTP_URL is unset: outgoing mail (password reset links) is written to the log, not sent",
  );
  return logMailer(logger);
}
