import type { Mailer, MailMessage } from "../../src/auth/mailer.ts";

/** A mailer that keeps what it is asked to send: mail delivery itself is outside the machine. */
export function memoryMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
  };
}
