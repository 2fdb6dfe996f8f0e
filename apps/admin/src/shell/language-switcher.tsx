import { type Locale, locales } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { useT } from "../i18n/index.ts";
import "./language-switcher.css";

/** RU / EN toggle in the top bar; the choice is remembered in this browser. */
export function LanguageSwitcher(): JSX.Element {
  const i18n = useT();
  const label = (locale: Locale) => (locale === "ru" ? i18n.t("language.ru") : i18n.t("language.en"));
  return (
    <fieldset class="language-switcher" aria-label={i18n.t("language.label")}>
      <For each={locales}>
        {(locale) => (
          <button
            type="button"
            class="language-switcher__option"
            lang={locale}
            aria-pressed={i18n.locale() === locale}
            aria-label={label(locale)}
            title={label(locale)}
            onClick={() => i18n.setLocale(locale)}
          >
            {locale.toUpperCase()}
          </button>
        )}
      </For>
    </fieldset>
  );
}
