import { type TabItem, Tabs } from "@quartet/ui";
import { useSearchParams } from "@solidjs/router";
import { createMemo, type JSX } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import { useAccess } from "../../lib/me.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { ReadinessSignals } from "../status/readiness/readiness-signals.tsx";
import { ApiKeysTab } from "./api-keys/api-keys-tab.tsx";
import { MembersTab } from "./members/members-tab.tsx";
import { RolesTab } from "./roles/roles-tab.tsx";
import { StaffingTab } from "./staffing/staffing-tab.tsx";
import "./team.css";

/**
 * `/team`: who covers each function (the stool), members and invitations, roles, API keys —
 * each tab shown to those who may see it; the open tab is kept in the address (`?tab=`).
 */
export default function TeamPage(): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  const [params, setParams] = useSearchParams();
  usePageTitle(() => i18n.t("team.title"));
  // Stable tab objects (labels are getters), so a refetch of permissions never remounts a tab.
  const all: (TabItem & { permission: string })[] = [
    {
      value: "staffing",
      get label() {
        return i18n.t("team.tabs.staffing");
      },
      permission: "core.staffing.read",
      content: () => <StaffingTab />,
    },
    {
      value: "members",
      get label() {
        return i18n.t("team.tabs.members");
      },
      permission: "core.org.read",
      content: () => <MembersTab />,
    },
    {
      value: "roles",
      get label() {
        return i18n.t("team.tabs.roles");
      },
      permission: "core.org.read",
      content: () => <RolesTab />,
    },
    {
      value: "api-keys",
      get label() {
        return i18n.t("team.tabs.apiKeys");
      },
      permission: "core.api-keys.manage",
      content: () => <ApiKeysTab />,
    },
  ];
  const tabs = createMemo(() => all.filter((tab) => access.can(tab.permission)));
  const current = () => {
    const wanted = typeof params.tab === "string" ? params.tab : "";
    return tabs().some((tab) => tab.value === wanted) ? wanted : (tabs()[0]?.value ?? "");
  };
  return (
    <RequirePermission permission="core.org.read">
      <div class="q-container">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("team.title")}</h1>
            <p class="q-muted">{i18n.t("team.subtitle")}</p>
          </div>
        </div>
        <ReadinessSignals />
        <Tabs
          label={i18n.t("team.tabs.label")}
          items={tabs()}
          value={current()}
          onChange={(tab) => setParams({ tab }, { replace: true })}
        />
      </div>
    </RequirePermission>
  );
}
