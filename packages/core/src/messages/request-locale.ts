import { type Locale, locales } from "../i18n.ts";

/** The header in which the admin app names the language of its screen on every request. */
export const localeHeader = "x-quartet-locale";

const known = (tag: string | undefined): Locale | null => {
  const language = tag?.trim().toLowerCase().split("-")[0];
  return locales.find((locale) => locale === language) ?? null;
};

// The best of our languages in an Accept-Language value, by its q weights.
function fromAcceptLanguage(value: string): Locale | null {
  const ranked = value
    .split(",")
    .map((part, index) => {
      const [tag, ...rest] = part.split(";");
      const q = rest.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { locale: known(tag), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.locale && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.locale ?? null;
}

/**
 * The language to word a request's messages in: `x-quartet-locale`, else `Accept-Language`, else
 * `fallback` (English: an API client that names no language reads the English it always got).
 *
 * @example localeOfRequest(new Headers({ "accept-language": "ru-RU,ru;q=0.9" })) // "ru"
 */
export function localeOfRequest(headers: Pick<Headers, "get">, fallback: Locale = "en"): Locale {
  const named = known(headers.get(localeHeader) ?? undefined);
  if (named) return named;
  const accepted = headers.get("accept-language");
  return (accepted && fromAcceptLanguage(accepted)) || fallback;
}
