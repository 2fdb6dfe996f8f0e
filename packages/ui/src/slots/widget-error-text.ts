import type { LocalizedText } from "../i18n/types.ts";
import { uiText } from "../i18n/ui-messages.ts";

/**
 * What a failed plugin page or widget says: its title and a line naming the plugin as the
 * sidebar does, or — when the host does not know the plugin's name — a line without any name,
 * never the plugin's internal id.
 *
 * @example widgetErrorText({ page: true, name: { ru: "Развитие", en: "Farming" } }).detail
 * // "Модуль «Развитие». Повторите попытку или откройте другую страницу."
 */
export function widgetErrorText(failed: { page: boolean; name: LocalizedText | undefined }): {
  title: string;
  detail: string;
} {
  const text = uiText();
  const name = failed.name;
  if (failed.page) {
    return {
      title: text.t("pageFailed"),
      detail: name
        ? text.t("pageFailedDetail", { plugin: text.localized(name) })
        : text.t("pageFailedDetailUnnamed"),
    };
  }
  return {
    title: text.t("widgetFailed"),
    detail: name
      ? text.t("widgetFailedDetail", { plugin: text.localized(name) })
      : text.t("widgetFailedDetailUnnamed"),
  };
}
