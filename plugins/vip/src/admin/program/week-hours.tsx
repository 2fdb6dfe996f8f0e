import { Checkbox, TextField } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import type { CalendarPartProps } from "./program-draft.ts";

const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const ends = ["from", "to"] as const;

/** The usual week: each weekday working (with its hours) or a day off. */
export function WeekHours(props: CalendarPartProps): JSX.Element {
  const at = (path: string) => props.at(path);
  return (
    <ul class="vip-plain-list">
      <li class="vip-day vip-day--head" aria-hidden="true">
        <span />
        <span>{i18n.t("program.from")}</span>
        <span>{i18n.t("program.to")}</span>
      </li>
      <For each={weekdays}>
        {(day) => {
          const name = () => i18n.t(`program.weekdays.${day}`);
          return (
            <li class="vip-day" data-day={day}>
              <Checkbox
                label={name()}
                checked={props.value.week[day] !== null}
                onChange={(on) =>
                  props.update((c) => {
                    c.week[day] = on ? { from: "09:00", to: "18:00" } : null;
                  })
                }
              />
              <Show
                when={props.value.week[day]}
                fallback={<span class="vip-hint">{i18n.t("program.dayOff")}</span>}
              >
                {(hours) => (
                  <For each={ends}>
                    {(end) => (
                      <TextField
                        label={i18n.t(end === "from" ? "program.dayFrom" : "program.dayTo", { day: name() })}
                        labelHidden
                        value={hours()[end]}
                        error={at(`week.${day}.${end}`)}
                        onChange={(v) =>
                          props.update((c) => {
                            const h = c.week[day];
                            if (h) h[end] = v;
                          })
                        }
                      />
                    )}
                  </For>
                )}
              </Show>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
