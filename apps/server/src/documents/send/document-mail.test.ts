import { describe, expect, it } from "vitest";
import { type DocumentMailInput, documentMail } from "./document-mail.ts";

const pdf = new TextEncoder().encode("%PDF-1.7");
const base: DocumentMailInput = {
  locale: "ru",
  to: ["buh@romashka.ru", "director@romashka.ru"],
  typeName: "Счёт на оплату",
  number: "12",
  date: "2026-12-07",
  seller: "ООО «Квартет»",
  sender: { name: "Ольга Петрова", email: "olga@kvartet.ru" },
  attachment: { filename: "Счёт № 12 от 07.12.2026.pdf", content: pdf },
};

describe("the letter that carries a document", () => {
  it.each([
    {
      name: "Russian document, the template's words",
      input: base,
      subject: "Счёт на оплату № 12 от 7 декабря 2026 г. — ООО «Квартет»",
      text: "Здравствуйте!\n\nВо вложении — Счёт на оплату № 12 от 7 декабря 2026 г. от ООО «Квартет» (PDF).\n\nЕсли появятся вопросы, просто ответьте на это письмо.\n\nС уважением,\nОльга Петрова\nООО «Квартет»\n",
    },
    {
      name: "English document, the template's words",
      input: { ...base, locale: "en" as const, typeName: "Invoice", seller: "Kvartet LLC" },
      subject: "Invoice No. 12 of 7 December 2026 — Kvartet LLC",
      text: "Hello,\n\nPlease find attached Invoice No. 12 of 7 December 2026 from Kvartet LLC (PDF).\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nOlga Petrova\nKvartet LLC\n",
      sender: { name: "Olga Petrova", email: "olga@kvartet.ru" },
    },
    {
      name: "the member's subject and message instead of the template's first words",
      input: { ...base, subject: "  Счёт за декабрь ", message: "Иван, добрый день!\nКак договорились." },
      subject: "Счёт за декабрь",
      text: "Иван, добрый день!\nКак договорились.\n\nВо вложении — Счёт на оплату № 12 от 7 декабря 2026 г. от ООО «Квартет» (PDF).\n\nЕсли появятся вопросы, просто ответьте на это письмо.\n\nС уважением,\nОльга Петрова\nООО «Квартет»\n",
    },
    {
      name: "blank subject and message are the template's; sent by an API key: signed by the seller",
      input: { ...base, subject: " ", message: "", sender: null },
      subject: "Счёт на оплату № 12 от 7 декабря 2026 г. — ООО «Квартет»",
      text: "Здравствуйте!\n\nВо вложении — Счёт на оплату № 12 от 7 декабря 2026 г. от ООО «Квартет» (PDF).\n\nЕсли появятся вопросы, просто ответьте на это письмо.\n\nС уважением,\nООО «Квартет»\n",
    },
  ])("$name", ({ input, subject, text, sender }) => {
    const mail = documentMail({ ...input, ...(sender && { sender }) });
    expect(mail.subject).toBe(subject);
    expect(mail.text).toBe(text);
    expect(mail.to).toBe("buh@romashka.ru, director@romashka.ru");
    expect(mail.senderName).toBe(input.seller);
    expect(mail.replyTo).toBe(input.sender === null ? undefined : "olga@kvartet.ru");
    expect(mail.attachments).toEqual([
      { filename: "Счёт № 12 от 07.12.2026.pdf", content: pdf, contentType: "application/pdf" },
    ]);
  });

  it("escapes the member's words in the HTML part and keeps their line breaks", () => {
    const mail = documentMail({ ...base, message: "Цена <b>по договору</b>\nс НДС" });
    expect(mail.html).toContain("<p>Цена &#60;b&#62;по договору&#60;/b&#62;<br>с НДС</p>");
    expect(mail.html).toMatch(/^<div lang="ru">/);
  });
});
