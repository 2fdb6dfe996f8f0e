import { Card, Spinner } from "@quartet/ui";
import { useQuery } from "@tanstack/solid-query";
import { For, type JSX, lazy, Match, Suspense, Switch } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { orgKey } from "../../../lib/org-key.ts";
import { FlowCard } from "./flow-card.tsx";
import { LegPanel } from "./leg-panel.tsx";
import { VerdictBanner } from "./verdict-banner.tsx";
import "./monitor.css";

const HistoryCard = lazy(() => import("./history-card.tsx"));

/** The four-legs monitor on the home page: the verdict, each leg, the clients stuck between legs and the last 12 weeks. */
export function MonitorSection(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const monitor = useQuery(() => ({
    queryKey: orgKey(org.id(), "monitor", "now"),
    queryFn: () => trpc.core.monitor.get.query(),
  }));
  return (
    <div class="monitor q-stack status-grid__wide">
      <Card title={i18n.t("monitor.title")} description={i18n.t("monitor.description")}>
        <Switch>
          <Match when={monitor.data}>
            {(data) => (
              <div class="q-stack">
                <VerdictBanner data={data()} />
                <div class="monitor-legs">
                  <For each={data().legs}>{(leg) => <LegPanel leg={leg} />}</For>
                </div>
              </div>
            )}
          </Match>
          <Match when={monitor.isError}>
            <p class="q-muted">{i18n.t("monitor.failed")}</p>
          </Match>
          <Match when={monitor.isPending}>
            <div class="status-loading" role="status" aria-label={i18n.t("monitor.loading")}>
              <Spinner size="lg" />
            </div>
          </Match>
        </Switch>
      </Card>
      <Switch>
        <Match when={monitor.data}>{(data) => <FlowCard flow={data().flow} />}</Match>
      </Switch>
      <Suspense>
        <HistoryCard />
      </Suspense>
    </div>
  );
}
