import { IconMenu } from "@quartet/ui";
import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import { useT } from "../i18n/index.ts";
import { Logo } from "./logo.tsx";
import { NotificationBell } from "./notifications/notification-bell.tsx";
import { OrgSwitcher } from "./org-switcher.tsx";
import { QuickAddMenu } from "./quick-add/quick-add-menu.tsx";
import { SearchBox } from "./search/search-box.tsx";
import { UserMenu } from "./user-menu.tsx";
import "./top-bar.css";

/** The bar across the top: the menu button (narrow screens), the product, the organisation and the account. */
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
      </A>
      <span class="top-bar__divider" aria-hidden="true" />
      <OrgSwitcher />
      <div class="q-spacer" />
      <SearchBox />
      <QuickAddMenu />
      <NotificationBell />
      <UserMenu />
    </header>
  );
}
