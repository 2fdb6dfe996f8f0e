import { Spinner } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { RequirePermission } from "../../../guards/require-permission.tsx";
import { useT } from "../../../i18n/index.ts";
import { usePageTitle } from "../../../lib/page-title.ts";
import { ExtensionsCard } from "./extensions-card.tsx";
import { NotificationAddress } from "./notification-address.tsx";
import { PbxCard } from "./pbx-card.tsx";
import { useTelephonySettings } from "./queries.ts";
import "./telephony.css";

/**
 * `/settings/telephony` (owner and admins: `core.org.manage`): the organisation's cloud exchange —
 * the provider and its keys (secrets never shown back), the notification address to paste into the
 * provider's account, and which member answers each extension.
 */
export default function TelephonyPage(): JSX.Element {
  const i18n = useT();
  const settings = useTelephonySettings();
  usePageTitle(() => i18n.t("telephony.title"));
  return (
    <RequirePermission permission="core.org.manage">
      <div class="q-container">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("telephony.title")}</h1>
            <p class="q-muted">{i18n.t("telephony.subtitle")}</p>
          </div>
        </div>
        <Show
          when={settings.data}
          fallback={
            <div class="card-loading">
              <Spinner />
            </div>
          }
        >
          {(view) => (
            <div class="q-stack q-gap-6">
              <PbxCard view={view()} />
              <NotificationAddress path={view().notificationPath} />
              <ExtensionsCard />
            </div>
          )}
        </Show>
      </div>
    </RequirePermission>
  );
}
