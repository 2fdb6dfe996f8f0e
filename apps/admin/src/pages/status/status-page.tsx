import { Button, Card, EmptyState, IconAlert, IconRefresh, Slot, Spinner } from "@quartet/ui";
import { type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useHealthz } from "../../lib/healthz.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { HealthLegs } from "./health-legs.tsx";
import { PluginsCard } from "./plugins-card.tsx";
import { ServerCard } from "./server-card.tsx";
import "./status.css";

/** `/`: the health page — the four legs and who holds them up, the plugins' dashboard widgets, the server, its version and plugins. */
export default function StatusPage(): JSX.Element {
  const i18n = useT();
  const healthz = useHealthz();
  usePageTitle(() => i18n.t("status.title"));
  return (
    <div class="q-container">
      <div class="q-page-header">
        <div class="q-stack q-gap-1">
          <h1>{i18n.t("status.title")}</h1>
          <p class="q-muted">{i18n.t("status.subtitle")}</p>
        </div>
        <Button
          variant="secondary"
          icon={<IconRefresh />}
          loading={healthz.isFetching}
          onClick={() => healthz.refetch()}
        >
          {i18n.t("status.refresh")}
        </Button>
      </div>
      <div class="status-grid">
        <Switch>
          <Match when={healthz.data}>
            <HealthLegs healthz={healthz} />
          </Match>
          <Match when={healthz.isError}>
            <Card class="status-grid__main">
              <EmptyState
                tone="error"
                icon={<IconAlert />}
                title={i18n.t("status.error.title")}
                description={i18n.t("status.error.description")}
                action={
                  <Button variant="primary" loading={healthz.isFetching} onClick={() => healthz.refetch()}>
                    {i18n.t("status.refresh")}
                  </Button>
                }
              />
            </Card>
          </Match>
          <Match when={healthz.isPending}>
            <Card class="status-grid__main">
              <div class="status-loading">
                <Spinner size="lg" />
              </div>
            </Card>
          </Match>
        </Switch>
        <ServerCard healthz={healthz} />
        <Slot name="dashboard" class="status-grid__wide status-dashboard" props={{}} />
        <Show when={healthz.data}>
          {(data) => (
            <div class="status-grid__wide">
              <PluginsCard plugins={data().plugins} />
            </div>
          )}
        </Show>
      </div>
    </div>
  );
}
