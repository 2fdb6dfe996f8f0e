import type { Locale } from "@quartet/core";
import type { Disposition } from "./dispositions.ts";

const dispositionWords: Record<Disposition, Record<Locale, string>> = {
  "no-answer": { ru: "не ответил", en: "no answer" },
  busy: { ru: "занято", en: "busy" },
  "wrong-number": { ru: "неверный номер", en: "wrong number" },
  "not-interested": { ru: "не интересно", en: "not interested" },
  callback: { ru: "перезвонить", en: "call back" },
  interested: { ru: "интересно", en: "interested" },
  "do-not-call": { ru: "не звонить", en: "do not call" },
};

const withNote = (text: string, note: string | null) => (note ? `${text}. ${note}` : text);

/**
 * The texts prospecting stores on a client's timeline, in the organisation's language (the
 * entries also carry their data, for readers in another language).
 */
export const timelineTexts = {
  /** A finished call: `Звонок (Весна): интересно. Просит КП`. */
  call: (locale: Locale, campaign: string, disposition: Disposition, note: string | null) =>
    withNote(
      `${locale === "ru" ? "Звонок" : "Call"} (${campaign}): ${dispositionWords[disposition][locale]}`,
      note,
    ),
  /** A request merged into an existing client: what they wrote. */
  message: (locale: Locale, source: string, message: string | null) =>
    locale === "ru"
      ? `Обращение (${source}): ${message ?? "без текста"}`
      : `Request (${source}): ${message ?? "no text"}`,
  /** A request qualified as a lead. */
  qualified: (locale: Locale, source: string, note: string | null) =>
    withNote(
      locale === "ru" ? `Заявка квалифицирована: лид (${source})` : `Request qualified: a lead (${source})`,
      note,
    ),
};
