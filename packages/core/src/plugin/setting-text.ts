import type { z } from "zod";
import type { LocalizedText } from "../i18n.ts";

/** What the functions page shows for one setting: its label and an optional hint, in both languages. */
export type SettingText = { title: LocalizedText; description?: LocalizedText };

/**
 * Labels a setting for the settings form the admin app generates from the plugin's zod
 * schema (`title` and `description` in its JSON schema). Without one the form falls back to
 * the key, in English.
 *
 * @example telegramBotToken: labelled(z.string().default(""), { title: { ru: "Токен бота", en: "Bot token" } })
 */
export function labelled<S extends z.ZodType>(schema: S, text: SettingText): S {
  // zod types `title` and `description` as strings; the JSON schema carries any value, and the
  // form reads `{ ru, en }`.
  return schema.meta(text as unknown as { title: string; description?: string }) as S;
}
