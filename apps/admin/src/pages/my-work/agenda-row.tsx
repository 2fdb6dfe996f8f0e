import { Checkbox } from "@quartet/ui";
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { KindIcon } from "../../components/tasks/kind-icon.tsx";
import { useT } from "../../i18n/index.ts";
import type { AgendaEntry } from "./agenda-types.ts";

/** How much of an item's time a row shows: the time alone (its day is the section's or column's), with the day, or none (no deadline). */
export type RowTime = "time" | "day" | "none";

/**
 * One line of "My work": the kind's icon, when (in the organisation's zone; a task due "on a day"
 * reads "during the day"), what (a task's title, or the kind and the plugin's words), the client,
 * and the action — a "done" box for a task, "Call" for a callback (the call screen).
 */
export function AgendaRow(props: {
  entry: AgendaEntry;
  timeZone: string;
  now: number;
  time: RowTime;
  onComplete: (taskId: string) => void;
}): JSX.Element {
  const i18n = useT();
  const e = () => props.entry;
  const allDay = () =>
    (e().at + 1) % 60_000 === 0 &&
    i18n.formatDate(e().at + 1, {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: props.timeZone,
    }) === "00:00";
  const when = () => {
    const day =
      props.time === "day"
        ? i18n.formatDate(e().date, { weekday: "short", day: "numeric", month: "short" })
        : "";
    const time = allDay()
      ? i18n.t("myWork.allDay")
      : i18n.formatDate(e().at, { hour: "2-digit", minute: "2-digit", timeZone: props.timeZone });
    return day ? `${day}, ${time}` : time;
  };
  const what = () =>
    e().kind === "task"
      ? (e().title ?? "")
      : [i18n.t(`myWork.kind.${e().kind}`), e().title].filter(Boolean).join(" · ");
  return (
    <li
      class="agenda-row"
      data-kind={e().kind}
      data-overdue={props.time !== "none" && e().at < props.now ? "" : undefined}
    >
      <span class="agenda-row__icon" title={i18n.t(`myWork.kind.${e().kind}`)}>
        <KindIcon kind={e().kind} />
      </span>
      <Show when={props.time !== "none"}>
        <span class="agenda-row__when">{when()}</span>
      </Show>
      <span class="agenda-row__what">
        <Show when={e().kind === "task"} fallback={<span class="agenda-row__title">{what()}</span>}>
          <Checkbox label={what()} checked={false} onChange={() => props.onComplete(e().id)} />
        </Show>
        <Show when={e().client}>
          {(client) => (
            <Show when={e().clientVisible} fallback={<span class="agenda-row__client">{client().name}</span>}>
              <A class="agenda-row__client" href={`/clients/${client().id}`}>
                {client().name}
              </A>
            </Show>
          )}
        </Show>
      </span>
      <Show when={e().kind !== "task" && e().href}>
        {(href) => (
          <A class="q-button agenda-row__act" data-variant="secondary" data-size="sm" href={href()}>
            {e().kind === "callback" ? i18n.t("myWork.call") : i18n.t("myWork.open")}
          </A>
        )}
      </Show>
    </li>
  );
}
