import { type Locale, locales, Spinner } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../i18n/index.ts";
import { switchLanguage } from "./switch-language.ts";
import "./language-switcher.css";

/**
 * RU / EN toggle in the top bar; the choice is remembered in this browser. While the other
 * language's dictionary loads, its button shows a spinner and the current texts stay.
 */
export function LanguageSwitcher(): JSX.Element {
  const i18n = useT();
  const label = (locale: Locale) => (locale === "ru" ? i18n.t("language.ru") : i18n.t("language.en"));
  return (
    <fieldset
      class="language-switcher"
      aria-label={i18n.t("language.label")}
      aria-busy={i18n.pending() !== null}
    >
      <For each={locales}>
        {(locale) => (
          <button
            type="button"
            class="language-switcher__option"
            lang={locale}
            aria-pressed={i18n.locale() === locale}
            aria-label={label(locale)}
            title={label(locale)}
            onClick={() => switchLanguage(i18n, locale)}
          >
            <Show when={i18n.pending() === locale} fallback={locale.toUpperCase()}>
              <Spinner size="sm" label={i18n.t("language.loading")} />
            </Show>
          </button>
        )}
      </For>
    </fieldset>
  );
}
