import { Slot, Spinner } from "@quartet/ui";
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import { useAccess } from "../../lib/me.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { useOrganisation } from "../team/queries.ts";
import { AuditCard } from "./audit/audit-card.tsx";
import { InstanceCard } from "./instance/instance-card.tsx";
import { OrgSettingsCard } from "./org-settings-card.tsx";
import { RegistryCard } from "./registry/registry-card.tsx";
import "./settings.css";

/**
 * `/settings`: the organisation's settings, and the audit log for those who may read it; below
 * core's cards, the sections enabled plugins add (`settings.section`).
 */
export default function SettingsPage(): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  const organisation = useOrganisation();
  usePageTitle(() => i18n.t("settings.title"));
  return (
    <RequirePermission permission="core.org.read">
      <div class="q-container">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("settings.title")}</h1>
            <p class="q-muted">{i18n.t("settings.subtitle")}</p>
          </div>
          <div class="settings-links">
            <A href="/settings/requisites" class="q-button" data-variant="secondary">
              {i18n.t("requisites.open")}
            </A>
            <Show when={access.can("core.webhooks.manage")}>
              <A href="/settings/webhooks" class="q-button" data-variant="secondary">
                {i18n.t("webhooks.open")}
              </A>
            </Show>
            <Show when={access.can("core.org.manage")}>
              <A href="/settings/telephony" class="q-button" data-variant="secondary">
                {i18n.t("telephony.open")}
              </A>
            </Show>
            <Show when={access.can("core.org.manage")}>
              <A href="/settings/mailboxes" class="q-button" data-variant="secondary">
                {i18n.t("mailboxes.open")}
              </A>
            </Show>
            <Show when={access.can("core.plugins.manage")}>
              <A href="/settings/developer/components" class="q-button" data-variant="secondary">
                {i18n.t("kit.open")}
              </A>
            </Show>
          </div>
        </div>
        <div class="q-stack q-gap-6">
          <Show
            when={organisation.data}
            fallback={
              <div class="card-loading">
                <Spinner />
              </div>
            }
          >
            {(org) => <OrgSettingsCard org={org()} />}
          </Show>
          <Show when={access.can("core.org.manage")}>
            <RegistryCard />
          </Show>
          <Show when={access.can("core.audit.read")}>
            <AuditCard />
          </Show>
          <InstanceCard />
          <Slot name="settings.section" class="q-stack q-gap-6" props={{}} />
        </div>
      </div>
    </RequirePermission>
  );
}
