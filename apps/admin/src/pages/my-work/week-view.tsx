import { Button, IconArrowLeft, IconArrowRight } from "@quartet/ui";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { orgKey } from "../../lib/org-key.ts";
import { AgendaRow } from "./agenda-row.tsx";
import { shiftDate, weekOf } from "./week-dates.ts";

/**
 * "My work" as a week: seven columns Monday to Sunday (a list of days on a phone) with the tasks
 * and callbacks due each day by time, and buttons to the previous, current and next week. Days are
 * the organisation's; `today` is its date now.
 */
export function WeekView(props: {
  today: string;
  now: number;
  onComplete: (taskId: string) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const [offset, setOffset] = createSignal(0);
  const days = () => weekOf(shiftDate(props.today, offset() * 7));
  const week = useQuery(() => ({
    queryKey: orgKey(org.id(), "tasks", "agenda", days()[0]),
    queryFn: () => trpc.core.tasks.agenda.query({ from: days()[0], to: days()[6] }),
  }));
  const range = () => {
    const [first = "", last = ""] = [days()[0], days()[6]];
    return `${i18n.formatDate(first, { day: "numeric", month: "short" })} – ${i18n.formatDate(last, { day: "numeric", month: "short", year: "numeric" })}`;
  };
  return (
    <section class="week-view" aria-label={i18n.t("myWork.weekView")}>
      <div class="week-view__nav">
        <Button
          variant="ghost"
          size="sm"
          aria-label={i18n.t("myWork.previousWeek")}
          onClick={() => setOffset(offset() - 1)}
        >
          <IconArrowLeft />
        </Button>
        <strong class="week-view__range">{range()}</strong>
        <Button
          variant="ghost"
          size="sm"
          aria-label={i18n.t("myWork.nextWeek")}
          onClick={() => setOffset(offset() + 1)}
        >
          <IconArrowRight />
        </Button>
        <Show when={offset() !== 0}>
          <Button variant="secondary" size="sm" onClick={() => setOffset(0)}>
            {i18n.t("myWork.thisWeek")}
          </Button>
        </Show>
      </div>
      <ol class="week-view__days">
        <For each={days()}>
          {(day) => {
            const items = () => (week.data?.items ?? []).filter((entry) => entry.date === day);
            return (
              <li class="week-day" data-today={day === props.today ? "" : undefined} data-date={day}>
                <h3 class="week-day__head">
                  <span class="week-day__weekday">{i18n.formatDate(day, { weekday: "short" })}</span>
                  <span class="week-day__date">
                    {i18n.formatDate(day, { day: "numeric", month: "short" })}
                  </span>
                  <Show when={items().length > 0}>
                    <span class="week-day__count">{i18n.t("myWork.items", { count: items().length })}</span>
                  </Show>
                </h3>
                <Show
                  when={items().length > 0}
                  fallback={<p class="week-day__free">{i18n.t("myWork.freeDay")}</p>}
                >
                  <ul class="agenda-list" data-compact="">
                    <For each={items()}>
                      {(entry) => (
                        <AgendaRow
                          entry={entry}
                          timeZone={week.data?.timeZone ?? "UTC"}
                          now={props.now}
                          time="time"
                          onComplete={props.onComplete}
                        />
                      )}
                    </For>
                  </ul>
                </Show>
              </li>
            );
          }}
        </For>
      </ol>
    </section>
  );
}
