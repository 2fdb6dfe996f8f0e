import { EmptyState, I18nProvider, Loaded, loaded, Select } from "@quartet/ui";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { PageHead } from "../shared/page-head.tsx";
import { useCan } from "../shared/permissions.ts";
import { CohortsTable } from "./cohorts-table.tsx";
import { RevenueCharts } from "./revenue-charts.tsx";
import { StatTiles } from "./stat-tiles.tsx";
import { StructureCharts } from "./structure-charts.tsx";
import "./stats.css";

/**
 * `/farming/stats`: net revenue retention (12 months and by quarter), repeat purchases, share of
 * wallet, revenue of existing against new clients by month, cohorts, the maturity ladder and the
 * ABC/XYZ classes — as charts with their numbers as tables for screen readers.
 */
export default function StatsPage(): JSX.Element {
  const api = useFarmingApi();
  const can = useCan();
  const [farmerId, setFarmerId] = createSignal("any");
  const [summary, { refetch }] = createResource(
    () => ({ farmerId: farmerId() }),
    (f) => api.stats.summary.query(f.farmerId !== "any" ? { farmerId: f.farmerId } : {}),
  );
  const [farmers] = createResource(
    () => can("portfolioManage") || undefined,
    () => api.accounts.farmers.query(),
  );
  const hasPayments = () =>
    (loaded(summary)?.existingVsNew ?? []).some((m) => m.existingMinor + m.newMinor !== 0);
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container fm-wide">
        <PageHead
          title={i18n.t("stats.title")}
          subtitle={i18n.t("stats.subtitle")}
          actions={
            <Show when={(loaded(farmers)?.items.length ?? 0) > 1}>
              <Select
                label={i18n.t("stats.farmer")}
                labelHidden
                options={[
                  { value: "any", label: i18n.t("stats.everyone") },
                  ...(loaded(farmers)?.items ?? []).map((f) => ({
                    value: f.farmerId ?? "unassigned",
                    label: f.name ?? i18n.t("noFarmer"),
                  })),
                ]}
                value={farmerId()}
                onChange={setFarmerId}
              />
            </Show>
          }
        />
        <Loaded resource={summary} onRetry={() => void refetch()}>
          {(s) => (
            <Show when={hasPayments()} fallback={<EmptyState title={i18n.t("stats.noData")} />}>
              <div class="q-stack q-gap-6">
                <StatTiles summary={s()} />
                <div class="fm-charts">
                  <RevenueCharts summary={s()} />
                  <StructureCharts summary={s()} />
                </div>
                <CohortsTable summary={s()} />
              </div>
            </Show>
          )}
        </Loaded>
      </div>
    </I18nProvider>
  );
}
