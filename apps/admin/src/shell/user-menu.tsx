import {
  Avatar,
  IconBell,
  IconLogOut,
  isLocale,
  Menu,
  MenuHeader,
  MenuItem,
  MenuRadioGroup,
  MenuSeparator,
  Spinner,
} from "@quartet/ui";
import { useNavigate } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { useT } from "../i18n/index.ts";
import { useSession } from "../lib/session-context.tsx";
import { switchLanguage } from "./switch-language.ts";

/** The account menu: who is signed in, the interface language, and signing out. */
export function UserMenu(): JSX.Element {
  const i18n = useT();
  const session = useSession();
  const navigate = useNavigate();
  const name = () => session.user()?.name || session.user()?.email || "";
  const signOut = async () => {
    await session.signOut();
    navigate("/sign-in", { replace: true });
  };
  return (
    <Menu
      label={i18n.t("userMenu.label", { name: name() })}
      triggerClass="user-menu__trigger"
      trigger={
        <Show when={i18n.pending()} fallback={<Avatar name={name()} seed={session.user()?.id} />}>
          <Spinner label={i18n.t("language.loading")} />
        </Show>
      }
    >
      <MenuHeader>
        <span class="user-menu__name">{name()}</span>
        <span class="user-menu__email">{session.user()?.email}</span>
      </MenuHeader>
      <MenuSeparator />
      <MenuRadioGroup
        label={i18n.t("userMenu.language")}
        value={i18n.locale()}
        options={[
          { value: "ru", label: i18n.t("language.ru") },
          { value: "en", label: i18n.t("language.en") },
        ]}
        onChange={(value) => isLocale(value) && switchLanguage(i18n, value)}
      />
      <MenuSeparator />
      <MenuItem icon={<IconBell size={14} />} onSelect={() => navigate("/settings/notifications")}>
        {i18n.t("notifications.bell.settings")}
      </MenuItem>
      <MenuItem icon={<IconLogOut size={14} />} onSelect={signOut}>
        {i18n.t("userMenu.signOut")}
      </MenuItem>
    </Menu>
  );
}
