import type { Logger } from "@quartet/core";
import nodemailer from "nodemailer";
import type { ServerConfig } from "../config.ts";

/** One outgoing mail: a plain-text body, and an HTML one when the sender has it. */
export type MailMessage = { to: string; subject: string; text: string; html?: string };

/** The port through which the server sends mail (password reset links, later invitations). */
export type Mailer = { send(message: MailMessage): Promise<void> };

/**
 * Development mailer: writes each message, link included, to the log at info level instead
 * of sending it. This is the documented behaviour when `QUARTET_SMTP_URL` is unset.
 */
export function logMailer(logger: Logger): Mailer {
  return {
    async send(message) {
      logger.info(
        { mail: { to: message.to, subject: message.subject, text: message.text } },
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
      await transport.sendMail({ from: options.from, ...message });
    },
  };
}

/** SMTP when `QUARTET_SMTP_URL` is set, otherwise the log (with a warning at boot, so nobody waits for mail). */
export function mailerFromConfig(config: ServerConfig, logger: Logger): Mailer {
  if (config.smtpUrl) return smtpMailer({ url: config.smtpUrl, from: config.mailFrom });
  logger.warn(
    "QUARTET_SMTP_URL is unset: outgoing mail (password reset links) is written to the log, not sent",
  );
  return logMailer(logger);
}
