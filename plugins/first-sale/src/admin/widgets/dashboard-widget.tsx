import { Card, I18nProvider, StatusPill } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, For, type JSX, Show } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { daysBefore, pillOf, readingsOf } from "../stats/readings.ts";
import "../shared/shared.css";

/** Today as a business date in the browser's zone. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * The `dashboard` widget: first sale's health over the last 90 days — win rate, rotting deals,
 * deals without a next step, weighted coverage of the monthly target — each with its status.
 */
export default function FirstSaleHealthWidget(): JSX.Element {
  const api = useFirstSaleApi();
  const [summary] = createResource(() => {
    const to = today();
    return api.stats.summary.query({ from: daysBefore(to, 89), to });
  });
  const percent = (share: number | null) =>
    share === null ? "—" : i18n.formatNumber(share, { style: "percent", maximumFractionDigits: 0 });
  return (
    <I18nProvider i18n={i18n}>
      <Card title={i18n.t("dashboard.title")} actions={<A href="/deals/stats">{i18n.t("dashboard.more")}</A>}>
        <Show when={summary()}>
          {(s) => (
            <ul class="fs-list fs-health">
              <For each={readingsOf(s())}>
                {(reading) => (
                  <li class="fs-row" data-reading={reading.key}>
                    <span>{i18n.t(`dashboard.readings.${reading.key}`)}</span>
                    <strong>
                      {reading.key === "coverage" && reading.share === null
                        ? i18n.t("stats.noTarget")
                        : percent(reading.share)}
                    </strong>
                    <StatusPill status={pillOf(reading.status)}>
                      {i18n.t(`health.${reading.status}`)}
                    </StatusPill>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Show>
        <p class="fs-muted">{i18n.t("dashboard.window")}</p>
      </Card>
    </I18nProvider>
  );
}
