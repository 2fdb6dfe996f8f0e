import { Card, I18nProvider, type Status, StatusPill } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, For, type JSX } from "solid-js";
import { type CoreReading, useCoreApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { loaded } from "../shared/loaded.tsx";
import "../shared/vip.css";

const pills: Record<CoreReading["judged"], Status> = {
  ok: "ok",
  warn: "warning",
  bad: "error",
  unknown: "inactive",
};

const figure = (reading: CoreReading, value: number) =>
  reading.unit === "percent"
    ? i18n.formatNumber(value / 100, { style: "percent", maximumFractionDigits: 1 })
    : i18n.formatNumber(value, { maximumFractionDigits: 1 });

/**
 * The `dashboard` widget: VIP's vital signs as the four-legs monitor reads them — replies in time,
 * VIP share of revenue, clients in grace, overdue reviews — each with its target and status.
 */
export default function VipHealthWidget(): JSX.Element {
  const core = useCoreApi();
  const [monitor] = createResource(() => core.monitor.get.query());
  const readings = () => loaded(monitor)?.legs.find((leg) => leg.function === "vip")?.readings ?? [];
  return (
    <I18nProvider i18n={i18n}>
      <Card title={i18n.t("dashboard.title")} actions={<A href="/vip/sla">{i18n.t("dashboard.more")}</A>}>
        <ul class="vip-readings">
          <For each={readings()}>
            {(reading) => (
              <li class="vip-reading" data-reading={reading.key}>
                <span>{i18n.localized(reading.label)}</span>
                <span class="vip-reading__value">
                  {reading.value === null ? i18n.t("none") : figure(reading, reading.value)}
                </span>
                <span class="vip-hint">
                  {reading.target === undefined
                    ? ""
                    : i18n.t("dashboard.target", { target: figure(reading, reading.target) })}
                </span>
                <StatusPill status={pills[reading.judged]}>
                  {i18n.t(`dashboard.status.${reading.judged}`)}
                </StatusPill>
              </li>
            )}
          </For>
        </ul>
      </Card>
    </I18nProvider>
  );
}
