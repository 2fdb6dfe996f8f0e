import { Badge, type BadgeTone } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import type { FarmingOutputs } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { dayReason } from "../shared/reason-text.ts";
import { date } from "../shared/words.ts";

/** A line of the farmer's day as `accounts.day` answers it. */
export type DayItem = FarmingOutputs["accounts"]["day"]["items"][number];

const tones: Record<DayItem["kind"], BadgeTone> = {
  "at-risk": "danger",
  "late-purchase": "warning",
  "overdue-contact": "info",
  task: "neutral",
};

/** Where a line leads: the client's page, or the user's tasks for a task about nobody. */
export function dayHref(item: DayItem): string {
  return item.clientId ? `/clients/${item.clientId}` : "/my-work";
}

/**
 * One line of the day: what kind of attention, the client, why in words, and by when; marked when
 * nobody farms the client or a task rides on it. The line is a link, so Enter opens the client.
 */
export function DayRow(props: {
  item: DayItem;
  today: string;
  active: boolean;
  onFocus: () => void;
}): JSX.Element {
  return (
    <a
      class="fm-day__row"
      href={dayHref(props.item)}
      tabIndex={props.active ? 0 : -1}
      data-kind={props.item.kind}
      data-active={props.active ? "" : undefined}
      onFocus={() => props.onFocus()}
    >
      <span class="fm-day__kind">
        <Badge tone={tones[props.item.kind]}>{i18n.t(`day.kind.${props.item.kind}`)}</Badge>
      </span>
      <span class="fm-day__main">
        <span class="fm-day__client">{props.item.clientName ?? i18n.t("day.kind.task")}</span>
        <span class="fm-day__reason">{dayReason(props.item.reason)}</span>
      </span>
      <span class="fm-day__side">
        <Show when={props.item.kind !== "at-risk" && props.item.dueOn}>
          {(on) => (
            <span classList={{ "fm-late": on() < props.today }}>
              {i18n.t("day.due", { date: date(on()) })}
            </span>
          )}
        </Show>
        <Show when={props.item.unassigned}>
          <Badge>{i18n.t("day.unassigned")}</Badge>
        </Show>
        <Show when={props.item.taskId && props.item.kind !== "task"}>
          <Badge>{i18n.t("day.withTask")}</Badge>
        </Show>
      </span>
    </a>
  );
}
