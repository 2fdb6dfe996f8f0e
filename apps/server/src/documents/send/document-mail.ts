import { type Locale, wordMessage } from "@quartet/core";
import type { MailMessage } from "../../auth/mailer.ts";
import { formatDocumentDate } from "../render/format.ts";
import { documentMailMessages as m } from "./mail-messages.ts";

/** What the letter says about one issued document and who sends it. */
export type DocumentMailInput = {
  /** The document's language: the letter is written in it. */
  locale: Locale;
  to: readonly string[];
  /** The type's name in the document's language («Счёт на оплату»). */
  typeName: string;
  number: string;
  /** The business date printed on the document, `YYYY-MM-DD`. */
  date: string;
  /** The seller as the buyer knows it (the short legal name, else the organisation's name). */
  seller: string;
  /** The member who sends it: signs the letter and gets the replies (none for an API key). */
  sender: { name: string; email: string | null } | null;
  /** The member's own subject line and words; absent: the template's. */
  subject?: string | null;
  message?: string | null;
  attachment: { filename: string; content: Uint8Array };
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The letter that carries an issued document: the subject «Счёт на оплату № 12 от 7 декабря
 * 2026 г. — ООО «Квартет»» unless the member wrote one; the member's message in place of the
 * greeting when given, then a short polite text naming the document and the seller, signed by
 * the member; the PDF attached under the document's file name. It comes in the seller's name;
 * replies go to the member.
 */
export function documentMail(input: DocumentMailInput): MailMessage {
  const { locale, seller } = input;
  const title = wordMessage(locale, m.title, {
    document: input.typeName,
    number: input.number,
    date: formatDocumentDate(input.date, locale),
  });
  const paragraphs = [
    input.message?.trim() || wordMessage(locale, m.greeting),
    wordMessage(locale, m.attached, { title, seller }),
    wordMessage(locale, m.questions),
    [wordMessage(locale, m.regards), input.sender?.name, seller].filter(Boolean).join("\n"),
  ];
  const html = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("");
  return {
    to: input.to.join(", "),
    subject: input.subject?.trim() || wordMessage(locale, m.subject, { title, seller }),
    text: `${paragraphs.join("\n\n")}\n`,
    html: `<div lang="${locale}">${html}</div>`,
    senderName: seller,
    ...(input.sender?.email && { replyTo: input.sender.email }),
    attachments: [{ ...input.attachment, contentType: "application/pdf" }],
  };
}
