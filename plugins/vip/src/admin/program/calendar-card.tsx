import { Card } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { ExtraDays } from "./extra-days.tsx";
import { HolidaysList } from "./holidays-list.tsx";
import type { Draft } from "./program-draft.ts";
import { WeekHours } from "./week-hours.tsx";

type Calendar = Draft["calendar"];

/**
 * The business calendar reply deadlines run in: working hours per weekday, holidays, and extra
 * working days (a Saturday moved in, a shortened day).
 */
export function CalendarCard(props: {
  value: Calendar;
  error: (path: string) => string | undefined;
  update: (change: (calendar: Calendar) => void) => void;
}): JSX.Element {
  const at = (path: string) => props.error(`calendar.${path}`);
  return (
    <Card title={i18n.t("program.calendar")} description={i18n.t("program.calendarHint")}>
      <div class="q-stack q-gap-4">
        <WeekHours value={props.value} at={at} update={props.update} />
        <Show when={at("week")}>{(message) => <p class="vip-bad">{message()}</p>}</Show>
        <HolidaysList value={props.value} at={at} update={props.update} />
        <ExtraDays value={props.value} at={at} update={props.update} />
      </div>
    </Card>
  );
}
