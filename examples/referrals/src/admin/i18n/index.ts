import { createI18n } from "@quartet/ui/pure";
import { en } from "./en.ts";
import { ru } from "./ru.ts";

/** The plugin's translator; it shares the page-wide locale with the shell. */
export const i18n = createI18n({ en, ru });
