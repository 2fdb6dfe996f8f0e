import { TextField } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { AddButton } from "./add-button.tsx";
import type { CalendarPartProps } from "./program-draft.ts";
import { RemoveButton } from "./remove-button.tsx";

type Field = "date" | "from" | "to";
const fields: readonly { field: Field; label: "program.date" | "program.from" | "program.to" }[] = [
  { field: "date", label: "program.date" },
  { field: "from", label: "program.from" },
  { field: "to", label: "program.to" },
];

/** Extra working days — a Saturday moved in, a shortened day — each with its date and hours. */
export function ExtraDays(props: CalendarPartProps): JSX.Element {
  return (
    <section class="vip-section">
      <h3>{i18n.t("program.extraDays")}</h3>
      <p class="vip-hint">{i18n.t("program.extraHint")}</p>
      <ul class="vip-plain-list">
        <For each={props.value.extraWorkingDays}>
          {(extra, i) => (
            <li class="vip-extra">
              <For each={fields}>
                {(f) => (
                  <TextField
                    type={f.field === "date" ? "date" : "text"}
                    label={i18n.t(f.label)}
                    value={extra[f.field]}
                    error={props.at(`extraWorkingDays.${i()}.${f.field}`)}
                    onChange={(v) =>
                      props.update((c) => {
                        const day = c.extraWorkingDays[i()];
                        if (day) day[f.field] = v;
                      })
                    }
                  />
                )}
              </For>
              <RemoveButton onClick={() => props.update((c) => void c.extraWorkingDays.splice(i(), 1))} />
            </li>
          )}
        </For>
      </ul>
      <AddButton
        label={i18n.t("program.addExtra")}
        onClick={() =>
          props.update((c) => void c.extraWorkingDays.push({ date: "", from: "09:00", to: "18:00" }))
        }
      />
    </section>
  );
}
