import { createI18n } from "@quartet/ui/pure";
import { en } from "./en.ts";
import { ru } from "./ru.ts";

/** Farming's translator; it shares the page-wide locale with the shell. */
export const i18n = createI18n({ en, ru });

/** Farming's English dictionary type: its keys are the message keys. */
export type FarmingDictionary = typeof en;
