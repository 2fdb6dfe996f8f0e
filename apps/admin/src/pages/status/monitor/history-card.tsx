import { Card, Chart } from "@quartet/ui";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, For, type JSX, onMount, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { orgKey } from "../../../lib/org-key.ts";

/**
 * The last 12 weeks from the weekly snapshots: the stool's balance (its weakest leg's score) and
 * one chart per leg. Loaded with its own chunk; the charting library comes with the first chart.
 */
export default function HistoryCard(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const history = useQuery(() => ({
    queryKey: orgKey(org.id(), "monitor", "history"),
    queryFn: () => trpc.core.monitor.history.query(),
  }));
  const weeks = () =>
    (history.data?.weeks ?? []).map((w) => i18n.formatDate(w.monday, { day: "numeric", month: "short" }));
  const percent = (value: number) => i18n.formatNumber(value / 100, { style: "percent" });
  // Scores are whole points on a fixed 0–100 scale: no fractional labels between them.
  const axis = (value: number) => (Number.isInteger(value) ? percent(value) : "");
  // One snapshot is a dot, not a trend: the charts wait for a second week.
  const empty = () => (history.data?.balance ?? []).filter((b) => b !== null).length < 2;
  // A chart takes its colours from the page's styles when it is drawn, so it waits until this card is on the page.
  const [attached, setAttached] = createSignal(false);
  let box: HTMLDivElement | undefined;
  onMount(() => {
    const check = () => (box?.isConnected ? setAttached(true) : requestAnimationFrame(check));
    check();
  });
  return (
    <Card title={i18n.t("monitor.history.title")} description={i18n.t("monitor.history.description")}>
      <div ref={box}>
        <Show when={attached() && history.data}>
          <Show when={!empty()} fallback={<p class="q-muted">{i18n.t("monitor.history.empty")}</p>}>
            <div class="monitor-history">
              <Chart
                class="monitor-history__balance"
                kind="line"
                title={i18n.t("monitor.history.balance")}
                description={i18n.t("monitor.history.balanceDescription")}
                categories={weeks()}
                categoryLabel={i18n.t("monitor.history.week")}
                series={[{ label: i18n.t("monitor.history.score"), values: history.data?.balance ?? [] }]}
                formatValue={percent}
                formatAxis={axis}
                scaleMax={100}
                height={180}
              />
              <For each={history.data?.legs ?? []}>
                {(leg) => (
                  <Chart
                    kind="bar"
                    title={i18n.t(`functions.${leg.function}`)}
                    categories={weeks()}
                    categoryLabel={i18n.t("monitor.history.week")}
                    series={[
                      {
                        label: i18n.t("monitor.history.score"),
                        values: leg.weeks.map((w) => w.score),
                        color: `--q-fn-${leg.function}`,
                      },
                    ]}
                    formatValue={percent}
                    formatAxis={axis}
                    scaleMax={100}
                    height={140}
                  />
                )}
              </For>
            </div>
          </Show>
        </Show>
      </div>
    </Card>
  );
}
