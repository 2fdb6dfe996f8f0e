import type { Locale } from "@quartet/core";

// POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG; QUARTET_LOCALE overrides them all.
const variables = ["QUARTET_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"] as const;

/**
 * The language the CLI speaks to the operator, from the environment: the first of `QUARTET_LOCALE`,
 * `LC_ALL`, `LC_MESSAGES`, `LANG` that is set decides; Russian for `ru…`, English otherwise.
 *
 * @example operatorLocale({ LANG: "ru_RU.UTF-8" }) // "ru"
 */
export function operatorLocale(env: NodeJS.ProcessEnv): Locale {
  const value = variables.map((name) => env[name]?.trim()).find(Boolean);
  return value?.toLowerCase().startsWith("ru") ? "ru" : "en";
}
