import { Chart, I18nProvider, LoadFailed, loaded, StatTile, TextField } from "@quartet/ui";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { useVipApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { PageHead } from "../shared/page-head.tsx";
import { percent, tierName } from "../shared/words.ts";
import { BreachedTable } from "./breached-table.tsx";
import "./sla.css";

/**
 * `/vip/sla`: first replies to VIP clients' requests over a period (the last 30 days at first):
 * the share answered in time, breached and waiting, the share by tier as a chart, and the
 * breached requests with how late each was.
 */
export default function SlaPage(): JSX.Element {
  const api = useVipApi();
  const [span, setSpan] = createSignal<{ from?: string; to?: string }>({});
  const [report, { refetch }] = createResource(span, (s) => api.sla.report.query(s));
  const [program] = createResource(() => api.program.get.query());
  const [desk] = createResource(() => api.clients.list.query({}));
  const tiers = () => loaded(program)?.tiers ?? [];
  const clientName = (id: string) => loaded(desk)?.items.find((c) => c.clientId === id)?.name;
  const tierLabel = (key: string | null) => (key === null ? i18n.t("sla.noTier") : tierName(tiers(), key));
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container">
        <PageHead title={i18n.t("sla.title")} subtitle={i18n.t("sla.subtitle")} />
        <Show when={!report.error} fallback={<LoadFailed onRetry={() => void refetch()} />}>
          <Show when={loaded(report)}>
            {(r) => (
              <div class="q-stack q-gap-4">
                <div class="vip-span">
                  <TextField
                    type="date"
                    label={i18n.t("sla.from")}
                    value={r().from}
                    onChange={(from) => from && setSpan({ ...span(), from })}
                  />
                  <TextField
                    type="date"
                    label={i18n.t("sla.to")}
                    value={r().to}
                    onChange={(to) => to && setSpan({ ...span(), to })}
                  />
                </div>
                <div class="q-stat-grid vip-tiles">
                  <StatTile
                    name="compliance"
                    label={i18n.t("sla.compliance")}
                    value={percent(r().compliance)}
                    hint={r().compliance === null ? i18n.t("sla.noData") : undefined}
                  />
                  <StatTile name="total" label={i18n.t("sla.total")} value={String(r().total)} />
                  <StatTile name="breached" label={i18n.t("sla.breached")} value={String(r().breached)} />
                  <StatTile name="running" label={i18n.t("sla.running")} value={String(r().running)} />
                </div>
                <Show when={r().byTier.some((t) => t.answered + t.breached > 0)}>
                  <Chart
                    kind="bar"
                    title={i18n.t("sla.chart")}
                    description={r()
                      .byTier.map((t) => `${tierLabel(t.tierKey)}: ${percent(t.compliance)}`)
                      .join(" · ")}
                    categoryLabel={i18n.t("sla.tier")}
                    categories={r().byTier.map((t) => tierLabel(t.tierKey))}
                    series={[
                      { label: i18n.t("sla.compliance"), values: r().byTier.map((t) => t.answered) },
                      { label: i18n.t("sla.breached"), values: r().byTier.map((t) => t.breached) },
                    ]}
                    formatValue={(v) => i18n.formatNumber(v)}
                    formatAxis={(v) => (Number.isInteger(v) ? i18n.formatNumber(v) : "")}
                    height={220}
                  />
                </Show>
                <BreachedTable
                  items={r().breachedItems}
                  clientName={(id) => clientName(id) ?? i18n.t("none")}
                  tierLabel={tierLabel}
                />
              </div>
            )}
          </Show>
        </Show>
      </div>
    </I18nProvider>
  );
}
