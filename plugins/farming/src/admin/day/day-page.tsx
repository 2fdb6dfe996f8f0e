import { EmptyState, I18nProvider, IconCheck, Loaded, loaded, screenKeys } from "@quartet/ui";
import { createMemo, createResource, createSignal, For, type JSX, onCleanup, onMount, Show } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { PageHead } from "../shared/page-head.tsx";
import { date } from "../shared/words.ts";
import { dayMoveOf, nextRow } from "./day-keys.ts";
import { type DayItem, DayRow } from "./day-row.tsx";
import "./day.css";

const kinds = ["overdue-contact", "late-purchase", "at-risk", "task"] as const;

/**
 * `/farming`: the farmer's day in one list, most urgent first — clients overdue for contact, late
 * to buy, at risk, and today's tasks — each with its reason in words. `j`/`k` move down and up,
 * Enter opens the client; a row of filters narrows the list to one kind.
 */
export default function DayPage(): JSX.Element {
  const api = useFarmingApi();
  const [day, { refetch }] = createResource(() => api.accounts.day.query());
  const [kind, setKind] = createSignal<DayItem["kind"] | null>(null);
  const [active, setActive] = createSignal(0);
  const items = createMemo(() =>
    (loaded(day)?.items ?? []).filter((i) => kind() === null || i.kind === kind()),
  );
  const count = (k: DayItem["kind"]) => (loaded(day)?.items ?? []).filter((i) => i.kind === k).length;
  let list: HTMLUListElement | undefined;

  onMount(() => {
    const stop = screenKeys((event) => {
      const by = dayMoveOf(event.key);
      if (by === null) return;
      event.preventDefault();
      const next = nextRow(active(), by, items().length);
      setActive(next);
      list?.querySelectorAll<HTMLElement>(".fm-day__row")[next]?.focus();
    });
    onCleanup(stop);
  });

  const filter = (value: DayItem["kind"] | null, label: string, n: number) => (
    <button
      type="button"
      class="fm-chip"
      aria-pressed={kind() === value}
      onClick={() => {
        setKind(value);
        setActive(0);
      }}
    >
      {label}
      <span class="fm-chip__count">{n}</span>
    </button>
  );

  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container">
        <PageHead
          title={i18n.t("day.title")}
          subtitle={i18n.t("day.today", { date: date(loaded(day)?.today ?? null) })}
        />
        <Loaded resource={day} onRetry={() => void refetch()}>
          {(data) => (
            <Show
              when={data().items.length > 0}
              fallback={
                <EmptyState
                  icon={<IconCheck />}
                  title={i18n.t("day.empty")}
                  description={i18n.t("day.emptyHint")}
                />
              }
            >
              <fieldset class="fm-chips">
                <legend class="q-visually-hidden">{i18n.t("day.listLabel")}</legend>
                {filter(null, i18n.t("day.all"), data().items.length)}
                <For each={kinds.filter((k) => count(k) > 0)}>
                  {(k) => filter(k, i18n.t(`day.filter.${k}`), count(k))}
                </For>
              </fieldset>
              <p class="fm-keys-hint q-hotkey-hint">{i18n.t("day.keysHint")}</p>
              <ul ref={list} class="fm-list fm-day" aria-label={i18n.t("day.listLabel")}>
                <For each={items()}>
                  {(item, index) => (
                    <li>
                      <DayRow
                        item={item}
                        today={data().today}
                        active={index() === active()}
                        onFocus={() => setActive(index())}
                      />
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </div>
    </I18nProvider>
  );
}
