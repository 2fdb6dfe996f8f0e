import type { AddressInfo } from "node:net";
import { type AddressObject, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One attachment of a received mail, its bytes as sent. */
export type ReceivedAttachment = { filename: string; contentType: string; content: Uint8Array };

/** One mail as the sink received it, parsed: headers decoded, text and attachments taken apart. */
export type ReceivedMail = {
  from: string;
  /** The sender's display name, "" when there is none. */
  fromName: string;
  to: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  html: string | null;
  attachments: ReceivedAttachment[];
  /** The threading headers: its own Message-ID, the one it answers and the thread's ids. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
};

/** A running sink: where to point `QUARTET_SMTP_URL`, what arrived, and a way to stop it. */
export type SmtpSink = {
  port: number;
  /** `smtp://127.0.0.1:<port>`, for `smtpMailer` or `QUARTET_SMTP_URL`. */
  url: string;
  /** Every mail received so far, in order of arrival. */
  received: ReceivedMail[];
  /** Resolves with the `count`-th mail once it has arrived (no time limit: the test's own ends the wait). */
  nth(count: number): Promise<ReceivedMail>;
  close(): Promise<void>;
};

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) =>
    a.value.flatMap((entry) => (entry.address ? [entry.address] : [])),
  );

/**
 * A real SMTP server on a loopback port that accepts every mail (no TLS, no auth) and parses
 * it with mailparser, so a test reads what a recipient would see. `rejectTo` makes it refuse
 * the recipients it matches with a 550 (a mail to nobody else fails), for testing a failing SMTP;
 * `busy` answers the recipients it matches with a temporary 451 the first `times` they are tried
 * (greylisting, a full queue).
 *
 * @example const sink = await startSmtpSink(); … smtpMailer({ url: sink.url, from: "crm@example.com" }) … (await sink.nth(1)).subject
 */
export async function startSmtpSink(
  options: { rejectTo?: RegExp; busy?: { to: RegExp; times: number } } = {},
): Promise<SmtpSink> {
  let busyTimes = options.busy?.times ?? 0;
  const received: ReceivedMail[] = [];
  const waiters: { count: number; resolve: (mail: ReceivedMail) => void }[] = [];
  const settle = () => {
    for (const waiter of [...waiters]) {
      const mail = received[waiter.count - 1];
      if (!mail) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(mail);
    }
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (busyTimes > 0 && options.busy?.to.test(address.address)) {
        busyTimes--;
        return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
      }
      if (!options.rejectTo?.test(address.address)) return callback();
      callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({
            from: addresses(mail.from)[0] ?? "",
            fromName: mail.from?.value[0]?.name ?? "",
            to: addresses(mail.to),
            replyTo: addresses(mail.replyTo)[0] ?? null,
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : null,
            attachments: mail.attachments.map((a) => ({
              filename: a.filename ?? "",
              contentType: a.contentType,
              content: new Uint8Array(a.content),
            })),
            messageId: mail.messageId ?? null,
            inReplyTo: mail.inReplyTo ?? null,
            references: [mail.references ?? []].flat(),
          });
          settle();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    nth: (count) =>
      new Promise((resolve) => {
        waiters.push({ count, resolve });
        settle();
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
