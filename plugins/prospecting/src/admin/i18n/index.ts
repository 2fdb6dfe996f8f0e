import { createI18n } from "@quartet/ui";
import { durationOf } from "../shared/duration.ts";
import { textOfServer } from "../shared/server-text.ts";
import { en } from "./en.ts";
import { ru } from "./ru.ts";

/** Prospecting's translator; it shares the page-wide locale with the shell. */
export const i18n = createI18n({ en, ru });

/** A message the server wrote, in the current language when the dictionary has it. */
export function serverText(message: string): string {
  const ref = textOfServer(message);
  return ref ? i18n.tDynamic(ref.key, ref.params) : message;
}

/** Every field message of a refused call, translated where known. */
export function fieldTexts(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([path, message]) => [path, serverText(message)]));
}

/** A duration in words: "5 мин", "1,5 ч", "3 дн". */
export function durationText(ms: number): string {
  const { unit, n } = durationOf(ms);
  return i18n.t(`common.duration.${unit}`, { n });
}
