import {
  IconChevronsUpDown,
  IconPlus,
  Menu,
  MenuItem,
  MenuRadioGroup,
  MenuSeparator,
  showToast,
} from "@quartet/ui";
import { useNavigate } from "@solidjs/router";
import type { JSX } from "solid-js";
import { useT } from "../i18n/index.ts";
import { useApi } from "../lib/api-context.tsx";
import { useMe } from "../lib/me.ts";
import { roleName } from "../lib/role-name.ts";

/**
 * The organisation this tab works in, and a menu to switch to another (remembered by the
 * server for the next tab) or to create one.
 */
export function OrgSwitcher(): JSX.Element {
  const i18n = useT();
  const me = useMe();
  const { org, trpc } = useApi();
  const navigate = useNavigate();
  const organisations = () => me.data?.organisations ?? [];
  const active = () => organisations().find((o) => o.id === me.data?.activeOrgId);
  const switchTo = (orgId: string) => {
    if (orgId === org.id()) return;
    const target = organisations().find((o) => o.id === orgId);
    org.set(orgId);
    trpc.core.org.switch.mutate({ orgId }).catch(() => undefined);
    if (target) showToast({ title: i18n.t("orgSwitcher.switched", { name: target.name }), tone: "success" });
  };
  return (
    <Menu
      label={i18n.t("orgSwitcher.label", { name: active()?.name ?? "" })}
      placement="bottom-start"
      triggerClass="org-switcher"
      trigger={
        <>
          <span class="org-switcher__mark" aria-hidden="true">
            {Array.from(active()?.name ?? "?")[0]?.toUpperCase()}
          </span>
          <span class="org-switcher__name">{active()?.name}</span>
          <IconChevronsUpDown size={14} class="org-switcher__icon" />
        </>
      }
    >
      <MenuRadioGroup
        label={i18n.t("orgSwitcher.heading")}
        value={me.data?.activeOrgId ?? ""}
        options={organisations().map((o) => ({ value: o.id, label: o.name, hint: roleName(i18n, o.role) }))}
        onChange={switchTo}
      />
      <MenuSeparator />
      <MenuItem icon={<IconPlus size={14} />} onSelect={() => navigate("/onboarding")}>
        {i18n.t("orgSwitcher.create")}
      </MenuItem>
    </Menu>
  );
}
