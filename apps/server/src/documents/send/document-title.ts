import type { LocalizedText, MessageRef } from "@quartet/core";
import { documentMessages } from "@quartet/core";
import { formatDocumentDate } from "../render/format.ts";

/** An issued document as the timeline names it: its type's name, number and date. */
type Named = { number: string; date: string };

/**
 * The timeline's words for a mailed document («Отправлено по почте: Счёт на оплату № 12 от
 * 7 декабря 2026 г. — ann@example.com»), a key with parameters worded in each reader's language.
 */
export function sentOnTimelineRef(
  typeName: LocalizedText,
  document: Named,
  to: readonly string[],
): MessageRef {
  return {
    key: documentMessages.sentOnTimeline,
    params: {
      document: { en: typeName.en, ru: typeName.ru },
      number: document.number,
      date: { en: formatDocumentDate(document.date, "en"), ru: formatDocumentDate(document.date, "ru") },
      to: to.join(", "),
    },
  };
}

/**
 * The timeline's words for an issued document («Оформлен документ: Счёт на оплату № 12 от
 * 7 декабря 2026 г., версия 2»), a key with parameters worded in each reader's language.
 */
export function issuedOnTimelineRef(
  typeName: LocalizedText,
  document: Named & { version: number },
): MessageRef {
  return {
    key: document.version > 1 ? documentMessages.issuedVersionOnTimeline : documentMessages.issuedOnTimeline,
    params: {
      document: { en: typeName.en, ru: typeName.ru },
      number: document.number,
      date: { en: formatDocumentDate(document.date, "en"), ru: formatDocumentDate(document.date, "ru") },
      version: document.version,
    },
  };
}
