import { Card, I18nProvider, type Status, StatusPill } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, For, type JSX, Show } from "solid-js";
import { type ProspectingOutputs, useCan, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { perm } from "../permissions.ts";
import "../prospecting.css";

type Reading = ProspectingOutputs["stats"]["health"][number];

const pill: Record<Reading["status"], Status> = {
  ok: "ok",
  warn: "warning",
  bad: "error",
  unknown: "inactive",
};

function valueText(reading: Reading): string {
  if (reading.value === null) return "—";
  const value = i18n.formatNumber(reading.value, { maximumFractionDigits: 1 });
  if (reading.unit === "hours") return i18n.t("health.hours", { value });
  if (reading.unit === "percent") return i18n.t("health.percent", { value });
  return reading.target === undefined ? value : i18n.t("health.ofTarget", { value, target: reading.target });
}

/** How a reading stands, in words: a value without a target has no verdict, not "no data". */
function statusText(reading: Reading): string {
  if (reading.status === "unknown" && reading.value !== null && !reading.target)
    return i18n.t("health.noTarget");
  return i18n.t(`health.${reading.status}`);
}

/** The readings card, for those who read prospecting's statistics. */
function HealthReadings(): JSX.Element {
  const api = useProspectingApi();
  const [readings] = createResource(() => api.stats.health.query());
  return (
    <Card
      title={i18n.t("health.title")}
      actions={
        <A class="q-button" data-variant="ghost" data-size="sm" href="/leads/stats">
          {i18n.t("health.details")}
        </A>
      }
    >
      <ul class="pr-readings">
        <For each={readings() ?? []}>
          {(reading) => (
            <li class="pr-reading" data-key={reading.key}>
              <span class="pr-reading__label">{i18n.localized(reading.label)}</span>
              <strong class="pr-reading__value">{valueText(reading)}</strong>
              <StatusPill status={pill[reading.status]}>{statusText(reading)}</StatusPill>
            </li>
          )}
        </For>
      </ul>
    </Card>
  );
}

/**
 * The `dashboard` widget: prospecting's vital signs (qualified leads against the weekly target,
 * the oldest untriaged request, the connect rate) for those who read its statistics. (A caller
 * never reaches the dashboard: the shell sends them to the first page their navigation offers.)
 */
export default function DashboardWidget(): JSX.Element {
  const can = useCan();
  return (
    <I18nProvider i18n={i18n}>
      <Show when={can(perm.statsRead)}>
        <HealthReadings />
      </Show>
    </I18nProvider>
  );
}
