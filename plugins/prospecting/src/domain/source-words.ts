import type { Locale } from "@quartet/core";

/**
 * A request's source as a person reads it, in `locale`: a form by its name (never its slug), a
 * campaign by its name, Telegram with its start payload, a request entered by hand; a source an
 * integrator named stays as written. `formName` is the name of the form whose source it is.
 *
 * @example sourceWords("form:zayavka-s-sayta", "ru", "Заявка с сайта") // "форма «Заявка с сайта»"
 */
export function sourceWords(source: string, locale: Locale, formName: string | null): string {
  const ru = locale === "ru";
  const colon = source.indexOf(":");
  const prefix = colon < 0 ? source : source.slice(0, colon);
  const rest = colon < 0 ? "" : source.slice(colon + 1).trim();
  if (prefix === "form") {
    if (formName) return ru ? `форма «${formName}»` : `form "${formName}"`;
    return ru ? "веб-форма" : "web form";
  }
  if (prefix === "campaign" && rest) return ru ? `кампания «${rest}»` : `campaign "${rest}"`;
  if (prefix === "telegram") return rest ? `Telegram (${rest})` : "Telegram";
  if (source === "manual") return ru ? "внесена вручную" : "entered by hand";
  return source;
}
