import { type Locale, documentMessages as m, wordMessage } from "@quartet/core";

/** What a stored document's file is named from: the kind's word, its number, date and version. */
export type FileNameParts = {
  /** «Счёт» for an invoice, else the type's name in the document's language. */
  readonly word: string;
  readonly number: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly version: number;
  readonly locale: Locale;
};

const unsafe = /[\\/:*?"<>|\p{Cc}]+/gu;

/**
 * The file name a download saves under, worded in the document's language: the date as a
 * Russian reader writes it (`07.12.2026`) or ISO in English, the version after the first one,
 * and nothing a file system refuses.
 *
 * @example documentFileName({ word: "Счёт", number: "12", date: "2026-12-07", version: 1, locale: "ru" }) // "Счёт № 12 от 07.12.2026.pdf"
 */
export function documentFileName(parts: FileNameParts): string {
  const { word, number, date, version, locale } = parts;
  const [year, month, day] = date.split("-");
  const printed = locale === "ru" ? `${day}.${month}.${year}` : date;
  const params = { name: word, number, date: printed, version };
  const base = wordMessage(locale, version > 1 ? m.fileNameVersion : m.fileName, params);
  return `${base.replace(unsafe, " ").replace(/\s+/g, " ").trim()}.pdf`;
}
