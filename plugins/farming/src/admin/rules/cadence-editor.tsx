import { Select, TextField } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { OrderedRows } from "./ordered-rows.tsx";
import { RuleField } from "./rule-field.tsx";
import type { RulesForm } from "./rules-form.ts";

type Abc = "" | "A" | "B" | "C";

/** The cadence rules in order (class, revenue from, every so many days) and the default cadence. */
export function CadenceEditor(props: { form: RulesForm; currency: string; readOnly: boolean }): JSX.Element {
  const classes = () => [
    { value: "any", label: i18n.t("rules.cadence.anyClass") },
    { value: "A", label: "A" },
    { value: "B", label: "B" },
    { value: "C", label: "C" },
  ];
  const form = () => props.form;
  return (
    <div class="q-stack q-gap-4">
      <Show when={form().draft.cadence.length === 0}>
        <p class="fm-hint">{i18n.t("rules.cadence.none")}</p>
      </Show>
      <OrderedRows
        label={i18n.t("rules.cadence.title")}
        rows={form().draft.cadence}
        rowLabel={(i) => i18n.t("rules.cadence.rule", { n: i + 1 })}
        removeLabel={(i) => i18n.t("rules.cadence.remove", { n: i + 1 })}
        addLabel={i18n.t("rules.cadence.add")}
        readOnly={props.readOnly}
        onMove={form().moveCadence}
        onRemove={form().removeCadence}
        onAdd={form().addCadence}
      >
        {(row, index) => (
          <>
            <Select
              label={i18n.t("rules.cadence.abc")}
              options={classes()}
              value={row.abc || "any"}
              onChange={(abc) => form().setCadence(index(), { abc: abc === "any" ? "" : (abc as Abc) })}
              disabled={props.readOnly}
            />
            <TextField
              label={i18n.t("rules.cadence.minRevenue", { currency: props.currency })}
              inputMode="decimal"
              value={row.minRevenue}
              placeholder={i18n.t("rules.cadence.minRevenueHint")}
              onChange={(minRevenue) => form().setCadence(index(), { minRevenue })}
              error={form().errorAt(`cadence.rules.${index()}.minRevenueMinor`)}
              readOnly={props.readOnly}
            />
            <TextField
              label={i18n.t("rules.cadence.days")}
              inputMode="numeric"
              value={row.days}
              onChange={(days) => form().setCadence(index(), { days })}
              error={form().errorAt(`cadence.rules.${index()}.days`)}
              readOnly={props.readOnly}
            />
          </>
        )}
      </OrderedRows>
      <div class="fm-fields">
        <RuleField
          form={form()}
          path="cadence.defaultDays"
          label={i18n.t("rules.cadence.defaultDays")}
          readOnly={props.readOnly}
        />
      </div>
    </div>
  );
}
