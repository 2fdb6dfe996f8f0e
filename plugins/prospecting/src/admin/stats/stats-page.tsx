import { Callout, Card, EmptyState, I18nProvider, Table, type TableColumn, TextField } from "@quartet/ui";
import { createMemo, createResource, createSignal, type JSX, Show } from "solid-js";
import { failureOf, type ProspectingOutputs, useCoreApi, useProspectingApi } from "../api.ts";
import { durationText, i18n } from "../i18n/index.ts";
import { sourceText, useFormNames } from "../inbox/source-text.ts";
import { talkTime } from "../shared/talk-time.ts";
import { lastDays } from "./date-range.ts";
import "../prospecting.css";

type CallerRow = ProspectingOutputs["stats"]["callers"][number];
type SourceRow = ProspectingOutputs["stats"]["sources"][number];

/** A right-aligned column of numbers. */
function numeric<T>(id: string, header: string, cell: (row: T) => string): TableColumn<T> {
  return { id, header, align: "end", cell };
}

const percent = (share: number) => i18n.formatNumber(share, { style: "percent", maximumFractionDigits: 1 });
const number = (n: number) => i18n.formatNumber(n, { maximumFractionDigits: 2 });

/** `/leads/stats`: per caller and shift (dials, connects, conversations, leads, leads per hour, talk time) and per source. */
export default function StatsPage(): JSX.Element {
  const api = useProspectingApi();
  const core = useCoreApi();
  // The server reads the dates in the organisation's zone, so today is the organisation's today
  // (the viewer's zone only when the organisation cannot be read).
  const [zone] = createResource(() =>
    core.org.get.query().then(
      (org) => org.timeZone,
      () => undefined,
    ),
  );
  const [picked, setRange] = createSignal<{ from: string; to: string } | null>(null);
  const range = createMemo(
    () => picked() ?? (zone.state === "ready" ? lastDays(Date.now(), 7, zone()) : null),
  );
  const [callers] = createResource(range, (r) => api.stats.callers.query(r));
  const [sources] = createResource(range, (r) => api.stats.sources.query(r));
  const formNames = useFormNames();
  const setEnd = (end: "from" | "to") => (value: string) => {
    const current = range();
    if (current && /^\d{4}-\d{2}-\d{2}$/.test(value)) setRange({ ...current, [end]: value });
  };
  const failure = () => callers.error ?? sources.error;
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container pr-page">
        <div class="q-page-header">
          <h1>{i18n.t("stats.title")}</h1>
          <div class="pr-filters">
            <TextField
              label={i18n.t("stats.from")}
              type="date"
              value={range()?.from ?? ""}
              onChange={setEnd("from")}
            />
            <TextField
              label={i18n.t("stats.to")}
              type="date"
              value={range()?.to ?? ""}
              onChange={setEnd("to")}
            />
          </div>
        </div>
        <Show when={failure()}>
          {(error) => <Callout tone="danger">{failureOf(error()).message}</Callout>}
        </Show>
        <Card title={i18n.t("stats.callers")} padding="flush">
          <Table<CallerRow>
            caption={i18n.t("stats.callers")}
            rows={callers() ?? []}
            rowKey={(r) => `${r.shift}:${r.callerId}`}
            empty={<EmptyState title={i18n.t("stats.noCalls")} />}
            columns={[
              { id: "caller", header: i18n.t("stats.caller"), cell: (r) => r.callerName },
              { id: "shift", header: i18n.t("stats.shift"), cell: (r) => i18n.formatDate(r.shift) },
              numeric("dials", i18n.t("stats.dials"), (r) => number(r.dials)),
              numeric("connects", i18n.t("stats.connects"), (r) => number(r.connects)),
              numeric("rate", i18n.t("stats.connectRate"), (r) => percent(r.connectRate)),
              numeric("conversations", i18n.t("stats.conversations"), (r) => number(r.conversations)),
              numeric("leads", i18n.t("stats.leads"), (r) => number(r.leads)),
              numeric("hours", i18n.t("stats.hours"), (r) => number(r.hours)),
              numeric("lph", i18n.t("stats.leadsPerHour"), (r) => number(r.leadsPerHour)),
              numeric("talk", i18n.t("stats.talkTime"), (r) => talkTime(r.talkSec)),
            ]}
          />
        </Card>
        <Card title={i18n.t("stats.sources")} padding="flush">
          <Table<SourceRow>
            caption={i18n.t("stats.sources")}
            rows={sources() ?? []}
            rowKey={(r) => r.source}
            empty={<EmptyState title={i18n.t("stats.noRequests")} />}
            columns={[
              {
                id: "source",
                header: i18n.t("stats.source"),
                cell: (r) => sourceText(r.source, formNames()),
              },
              numeric("requests", i18n.t("stats.requests"), (r) => number(r.requests)),
              numeric("leads", i18n.t("stats.leads"), (r) => number(r.leads)),
              numeric("conversion", i18n.t("stats.conversion"), (r) => percent(r.conversion)),
              numeric("speed", i18n.t("stats.speed"), (r) =>
                r.medianSpeedToLeadMs === null ? "—" : durationText(r.medianSpeedToLeadMs),
              ),
            ]}
          />
        </Card>
      </div>
    </I18nProvider>
  );
}
