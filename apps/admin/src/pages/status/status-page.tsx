import { Button, Card, EmptyState, IconAlert, IconRefresh, Slot, Spinner } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useHealthz } from "../../lib/healthz.ts";
import { useAccess } from "../../lib/me.ts";
import { invalidateOrg } from "../../lib/org-key.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { HealthLegs } from "./health-legs.tsx";
import { HomeSections } from "./home/home-sections.tsx";
import { MonitorSection } from "./monitor/monitor-section.tsx";
import "./status.css";

/**
 * `/`: the head of sales' home page, in the order they read it — the stool and the weakest leg
 * (the monitor), then the month's plan vs actual, the team's week, open deals and overdue work,
 * then the plugins' dashboard widgets. The server and its plugins live on `/system`.
 */
export default function StatusPage(): JSX.Element {
  const i18n = useT();
  const healthz = useHealthz();
  const access = useAccess();
  const { org } = useApi();
  const queries = useQueryClient();
  const refresh = () => {
    void healthz.refetch();
    void invalidateOrg(queries, org.id(), "monitor");
    void invalidateOrg(queries, org.id(), "home");
  };
  usePageTitle(() => i18n.t("status.title"));
  return (
    <div class="q-container">
      <div class="q-page-header">
        <div class="q-stack q-gap-1">
          <h1>{i18n.t("status.title")}</h1>
          <p class="q-muted">{i18n.t("status.subtitle")}</p>
        </div>
        <Button variant="secondary" icon={<IconRefresh />} loading={healthz.isFetching} onClick={refresh}>
          {i18n.t("status.refresh")}
        </Button>
      </div>
      <div class="status-grid">
        <Switch>
          <Match when={healthz.data}>
            <div class="status-grid__wide status-stool">
              <HealthLegs healthz={healthz} />
            </div>
          </Match>
          <Match when={healthz.isError}>
            <Card class="status-grid__wide">
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
            <Card class="status-grid__wide">
              <div class="status-loading">
                <Spinner size="lg" />
              </div>
            </Card>
          </Match>
        </Switch>
        <Show when={access.can("core.monitor.read")}>
          <MonitorSection />
          <HomeSections />
        </Show>
        <Slot name="dashboard" class="status-grid__wide status-dashboard" props={{}} />
      </div>
    </div>
  );
}
