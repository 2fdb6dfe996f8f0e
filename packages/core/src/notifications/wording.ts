import type { Locale } from "../i18n.ts";
import type { NotificationParams, NotificationType } from "./define-notification.ts";

/**
 * Fills `{param}` placeholders in the reader's language; a missing param stays visible as `{param}`
 * so a broken template is noticed, never silently blank.
 *
 * @example fillTemplate("Новая заявка: {name}", { name: "Иван" }, "ru") // "Новая заявка: Иван"
 */
export function fillTemplate(template: string, params: NotificationParams, locale: Locale): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return whole;
    return typeof value === "object" ? value[locale] : String(value);
  });
}

/** A notification's title and body worded for one reader. */
export function wordNotification(
  def: Pick<NotificationType, "text">,
  params: NotificationParams,
  locale: Locale,
): { title: string; body: string | null } {
  return {
    title: fillTemplate(def.text.title[locale], params, locale),
    body: def.text.body ? fillTemplate(def.text.body[locale], params, locale) : null,
  };
}

/** The placeholders a template uses, e.g. `["name"]` for "New request: {name}". */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] as string);
}
