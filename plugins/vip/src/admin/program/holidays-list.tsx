import { TextField } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { AddButton } from "./add-button.tsx";
import type { CalendarPartProps } from "./program-draft.ts";
import { RemoveButton } from "./remove-button.tsx";

/** The holidays: dates off whatever their weekday. */
export function HolidaysList(props: CalendarPartProps): JSX.Element {
  return (
    <section class="vip-section">
      <h3>{i18n.t("program.holidays")}</h3>
      <ul class="vip-plain-list">
        <For each={props.value.holidays}>
          {(holiday, i) => (
            <li class="vip-date-row">
              <TextField
                type="date"
                label={i18n.t("program.date")}
                value={holiday}
                error={props.at(`holidays.${i()}`)}
                onChange={(v) =>
                  props.update((c) => {
                    c.holidays[i()] = v;
                  })
                }
              />
              <RemoveButton onClick={() => props.update((c) => void c.holidays.splice(i(), 1))} />
            </li>
          )}
        </For>
      </ul>
      <AddButton
        label={i18n.t("program.addHoliday")}
        onClick={() => props.update((c) => void c.holidays.push(""))}
      />
    </section>
  );
}
