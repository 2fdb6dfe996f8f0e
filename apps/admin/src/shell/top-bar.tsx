import { IconMenu } from "@quartet/ui";
import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import { useT } from "../i18n/index.ts";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { Logo } from "./logo.tsx";

/** The bar across the top: the menu button (narrow screens), the product name and the language switcher. */
export function TopBar(props: { navOpen: boolean; onToggleNav: () => void }): JSX.Element {
  const i18n = useT();
  return (
    <header class="top-bar">
      <button
        type="button"
        class="top-bar__menu"
        aria-expanded={props.navOpen}
        aria-controls="sidebar"
        aria-label={props.navOpen ? i18n.t("nav.close") : i18n.t("nav.open")}
        onClick={() => props.onToggleNav()}
      >
        <IconMenu size={18} />
      </button>
      <A class="top-bar__brand" href="/" end>
        <Logo />
        <span class="top-bar__name">{i18n.t("app.name")}</span>
        <span class="top-bar__tagline">{i18n.t("app.tagline")}</span>
      </A>
      <div class="q-spacer" />
      <LanguageSwitcher />
    </header>
  );
}
