import { Button, IconRefresh } from "@quartet/ui";
import type { JSX } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import { useHealthz } from "../../lib/healthz.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { PluginsCard } from "./plugins-card.tsx";
import { ServerCard } from "./server-card.tsx";
import "./system.css";

/** Who may open the system page: those who install and enable plugins (administrators). */
export const systemPermission = "core.plugins.manage";

/** `/system`: the server's state and version and the plugins installed on it, for administrators. */
export default function SystemPage(): JSX.Element {
  const i18n = useT();
  const healthz = useHealthz();
  usePageTitle(() => i18n.t("status.system.title"));
  return (
    <RequirePermission permission={systemPermission}>
      <div class="q-container">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("status.system.title")}</h1>
            <p class="q-muted">{i18n.t("status.system.subtitle")}</p>
          </div>
          <Button
            variant="secondary"
            icon={<IconRefresh />}
            loading={healthz.isFetching}
            onClick={() => void healthz.refetch()}
          >
            {i18n.t("status.refresh")}
          </Button>
        </div>
        <div class="system-grid">
          <ServerCard healthz={healthz} />
          <PluginsCard plugins={healthz.data?.plugins ?? []} />
        </div>
      </div>
    </RequirePermission>
  );
}
