import { Card, EmptyState, formatPhone, I18nProvider, Table, type TableColumn } from "@quartet/ui";
import { A, useSearchParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, type JSX, onCleanup, onMount, Show } from "solid-js";
import { type ProspectingOutputs, useCan, useProspectingApi } from "../api.ts";
import { durationText, i18n } from "../i18n/index.ts";
import { perm } from "../permissions.ts";
import { unbroken } from "../shared/source-label.ts";
import { screenKeys } from "../shared/typing-in.ts";
import { type InboxFilter, InboxFilters } from "./inbox-filters.tsx";
import { MissedCallBadge } from "./missed-call-badge.tsx";
import { RequestPanel } from "./request-panel.tsx";
import { sourceText, useFormNames } from "./source-text.ts";
import { type TriageCommand, triageCommandOf } from "./triage-keys.ts";
import "../prospecting.css";

type RequestItem = ProspectingOutputs["inbox"]["list"]["items"][number];

const shortDateTime: Intl.DateTimeFormatOptions = {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
};

/** A request's phone as people write it (+7 (495) 123-45-67), or null when it has none. */
const phoneText = (phone: string | null) => (phone ? unbroken(formatPhone(phone)) : null);

/** Who sent a request when they said (a name, a company, a Telegram user); null for a bare number. */
const whoText = (r: RequestItem) => r.contactName ?? r.contactCompany ?? r.telegramUsername;

/** How fast someone reacted: the wait so far for a new request, the time to the first action otherwise. */
export function speedText(request: { receivedAt: number; firstActionAt: number | null }): string {
  return request.firstActionAt === null
    ? i18n.t("inbox.waiting", { time: durationText(Date.now() - request.receivedAt) })
    : i18n.t("inbox.answeredIn", { time: durationText(request.firstActionAt - request.receivedAt) });
}

/**
 * `/leads`: the intake inbox. Filters by status, channel and source; the list on the left, the
 * picked request with its triage on the right. Keyboard: `j`/`k` move, `q` qualify, `m` merge,
 * `d` dismiss.
 */
export default function InboxPage(): JSX.Element {
  const api = useProspectingApi();
  const can = useCan();
  const formNames = useFormNames();
  const [filter, setFilter] = createSignal<InboxFilter>({ status: "new", channel: "", source: "" });
  const [extra, setExtra] = createSignal<RequestItem[]>([]);
  const [page, { refetch }] = createResource(filter, (f) =>
    api.inbox.list.query({
      status: f.status,
      ...(f.channel ? { channel: f.channel } : {}),
      ...(f.source ? { source: f.source } : {}),
    }),
  );
  const [cursor, setCursor] = createSignal<string | null>(null);
  const items = () => [...(page()?.items ?? []), ...extra()];
  const [selectedId, setSelectedId] = createSignal<string | null>(null);
  // `/leads?request=<id>` (the top bar's search) opens that request, whatever the list shows.
  const [params] = useSearchParams();
  createEffect(() => typeof params.request === "string" && setSelectedId(params.request));
  const [command, setCommand] = createSignal<{ kind: TriageCommand; at: number } | null>(null);
  const selected = () => selectedId() ?? items()[0]?.id ?? null;

  const changeFilter = (next: InboxFilter) => {
    setExtra([]);
    setCursor(null);
    setSelectedId(null);
    setFilter(next);
  };
  const more = async () => {
    const after = cursor() ?? page()?.nextCursor;
    if (!after) return;
    const f = filter();
    const next = await api.inbox.list.query({
      status: f.status,
      cursor: after,
      ...(f.channel ? { channel: f.channel } : {}),
      ...(f.source ? { source: f.source } : {}),
    });
    setExtra([...extra(), ...next.items]);
    setCursor(next.nextCursor);
  };
  const move = (step: number) => {
    const list = items();
    const index = list.findIndex((r) => r.id === selected());
    const next = list[Math.min(Math.max(index + step, 0), list.length - 1)];
    if (next) setSelectedId(next.id);
  };
  const afterTriage = () => {
    const list = items();
    const index = list.findIndex((r) => r.id === selected());
    setSelectedId(list[index + 1]?.id ?? list[index - 1]?.id ?? null);
    setExtra([]);
    setCursor(null);
    void refetch();
  };
  let listBox: HTMLDivElement | undefined;
  // The table knows no selection: mark the picked request's row so `j`/`k` show where they are.
  createEffect(() => {
    const id = selected();
    items();
    for (const row of listBox?.querySelectorAll<HTMLTableRowElement>("tr[data-key]") ?? [])
      row.toggleAttribute("aria-current", row.dataset.key === id);
  });
  onMount(() => {
    const stop = screenKeys((event) => {
      const kind = triageCommandOf(event.key);
      if (!kind) return;
      event.preventDefault();
      if (kind === "next") move(1);
      else if (kind === "previous") move(-1);
      else setCommand({ kind, at: Date.now() });
    });
    onCleanup(stop);
  });

  const columns: TableColumn<RequestItem>[] = [
    {
      id: "contact",
      header: i18n.t("inbox.contact"),
      cell: (r) => (
        <span class="pr-contact">
          <strong>{whoText(r) ?? phoneText(r.contactPhone) ?? "—"}</strong>
          <span class="q-muted">
            {r.message ?? (whoText(r) ? phoneText(r.contactPhone) : null) ?? r.contactEmail ?? ""}
          </span>
          <MissedCallBadge missed={r.missedCall} />
        </span>
      ),
    },
    {
      id: "source",
      header: i18n.t("inbox.source"),
      cell: (r) => (
        <span class="pr-contact">
          <span>{sourceText(r.source, formNames())}</span>
          <span class="q-muted">{i18n.t(`channel.${r.channel}`)}</span>
        </span>
      ),
    },
    {
      id: "received",
      header: i18n.t("inbox.received"),
      cell: (r) => (
        <span class="pr-contact">
          <span>{i18n.formatDate(r.receivedAt, shortDateTime)}</span>
          <span class="q-muted">{speedText(r)}</span>
        </span>
      ),
    },
  ];

  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container pr-page">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("inbox.title")}</h1>
            <p class="q-muted">{i18n.t("inbox.subtitle")}</p>
          </div>
          <nav class="pr-links">
            <Show when={can(perm.formsManage)}>
              <A href="/leads/forms">{i18n.t("inbox.forms")}</A>
            </Show>
            <Show when={can(perm.telegramManage)}>
              <A href="/leads/telegram">{i18n.t("inbox.telegram")}</A>
            </Show>
            <Show when={can(perm.statsRead)}>
              <A href="/leads/stats">{i18n.t("inbox.stats")}</A>
            </Show>
          </nav>
        </div>
        <InboxFilters value={filter()} onChange={changeFilter} />
        <p class="q-muted pr-hint q-hotkey-hint">{i18n.t("inbox.keysHint")}</p>
        <div class="pr-split">
          <div ref={listBox}>
            <Card padding="flush">
              <Table
                caption={i18n.t("inbox.title")}
                columns={columns}
                rows={items()}
                rowKey={(r) => r.id}
                onRowActivate={(r) => setSelectedId(r.id)}
                empty={<EmptyState title={page.loading ? i18n.t("common.loading") : i18n.t("inbox.empty")} />}
              />
              <Show when={cursor() ?? (extra().length === 0 ? page()?.nextCursor : null)}>
                <button type="button" class="pr-more" onClick={() => void more()}>
                  {i18n.t("inbox.more")}
                </button>
              </Show>
            </Card>
          </div>
          <Show when={selected()} keyed fallback={<Card>{i18n.t("inbox.pick")}</Card>}>
            {(requestId) => (
              <RequestPanel
                requestId={requestId}
                command={command()}
                onTriaged={afterTriage}
                formNames={formNames()}
              />
            )}
          </Show>
        </div>
      </div>
    </I18nProvider>
  );
}
