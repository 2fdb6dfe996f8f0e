import type { z } from "zod";
import type { LocalizedText } from "../i18n.ts";

/**
 * How the settings form shows a value beyond its zod type: `money` (integer minor units, typed
 * in roubles with kopecks), `percent`, `hours` and `days` (a number with its unit), `localized`
 * (an `{ ru, en }` object as two inputs), `key` (a row's stable code, hidden and derived from
 * the row's English name when a new row is added), `multiline` (a longer text).
 */
export type SettingKind = "money" | "percent" | "hours" | "days" | "localized" | "key" | "multiline";

/**
 * What the functions page shows for one setting: its label and an optional hint in both
 * languages; optionally how to show it (`kind`), the words for an enum's options (`options`),
 * for a list's rows (`item`, e.g. "Reason"), the message when the server refuses the value
 * (`invalid`) and, for a top-level setting, the heading it is grouped under (`section`; neighbours
 * with the same heading form one group).
 */
export type SettingText = {
  title: LocalizedText;
  description?: LocalizedText;
  kind?: SettingKind;
  options?: Readonly<Record<string, LocalizedText>>;
  item?: LocalizedText;
  invalid?: LocalizedText;
  section?: LocalizedText;
};

/**
 * Labels a setting for the settings form the admin app generates from the plugin's zod
 * schema (these keys land in its JSON schema). Without one the form falls back to the key, in
 * English, and a test of the built-in plugins fails.
 *
 * @example telegramBotToken: labelled(z.string().default(""), { title: { ru: "Токен бота", en: "Bot token" } })
 * @example monthlyTarget: labelled(z.number().int().min(0).max(1e12).default(0), { title, kind: "money" })
 */
export function labelled<S extends z.ZodType>(schema: S, text: SettingText): S {
  // zod types `title` and `description` as strings; the JSON schema carries any value, and the
  // form reads `{ ru, en }`.
  return schema.meta(text as unknown as { title: string; description?: string }) as S;
}
