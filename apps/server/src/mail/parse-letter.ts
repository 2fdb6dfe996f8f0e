import { normaliseMessageId } from "@quartet/core";
import { type AddressObject, simpleParser } from "mailparser";

/** An attachment as parsed, before the size limit decides whether its bytes are kept. */
export type ParsedAttachment = { fileName: string; contentType: string; size: number; content: Buffer };

/** One letter taken apart: addresses bare and lower-cased, threading ids in `<id>` form, text only. */
export type ParsedLetter = {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: string;
  fromName: string | null;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  date: number | null;
  attachments: ParsedAttachment[];
};

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((group) =>
    group.value.flatMap((entry) => (entry.address ? [entry.address.toLowerCase()] : [])),
  );

/** The longest letter text kept on the timeline; the rest stays in the mailbox. */
export const maxLetterText = 100_000;

/**
 * Parses a raw letter (RFC 5322) with mailparser. An HTML-only letter keeps the text mailparser
 * derives from its HTML; inline images are attachments like any other.
 */
export async function parseLetter(source: Buffer | string): Promise<ParsedLetter> {
  const mail = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true });
  const from = mail.from?.value[0];
  return {
    messageId: normaliseMessageId(mail.messageId),
    inReplyTo: normaliseMessageId(mail.inReplyTo),
    references: [mail.references ?? []]
      .flat()
      .flatMap((id) => id.split(/\s+/))
      .map(normaliseMessageId)
      .filter((id): id is string => id !== null),
    from: from?.address?.toLowerCase() ?? "",
    fromName: from?.name || null,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: (mail.subject ?? "").trim(),
    text: (mail.text ?? "").trim().slice(0, maxLetterText),
    date: mail.date ? mail.date.getTime() : null,
    attachments: mail.attachments.map((a) => ({
      fileName: a.filename ?? "attachment",
      contentType: a.contentType || "application/octet-stream",
      size: a.size ?? a.content.length,
      content: a.content,
    })),
  };
}
