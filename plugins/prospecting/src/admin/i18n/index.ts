import { createI18n } from "@quartet/ui/pure";
import { durationOf } from "../shared/duration.ts";
import { en } from "./en.ts";
import { ru } from "./ru.ts";

/** Prospecting's translator; it shares the page-wide locale with the shell. */
export const i18n = createI18n({ en, ru });

/** A duration in words: "5 мин", "1,5 ч", "3 дн". */
export function durationText(ms: number): string {
  const { unit, n } = durationOf(ms);
  return i18n.t(`common.duration.${unit}`, { n });
}
