import { Callout, TextField } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { OrderedRows } from "./ordered-rows.tsx";
import type { StageDraft } from "./rules-draft.ts";
import type { RulesForm } from "./rules-form.ts";

const fields = [
  { key: "ru", label: "rules.stages.nameRu", path: "name.ru" },
  { key: "en", label: "rules.stages.nameEn", path: "name.en" },
  { key: "probability", label: "rules.stages.probability", path: "probability" },
] as const;

/** The stages of expansion deals in order: names in both languages and the chance to close. */
export function StagesEditor(props: { form: RulesForm; readOnly: boolean }): JSX.Element {
  const form = () => props.form;
  return (
    <div class="q-stack q-gap-4">
      <Show when={form().errorAt("stages")}>{(error) => <Callout tone="danger">{error()}</Callout>}</Show>
      <OrderedRows
        label={i18n.t("rules.stages.title")}
        rows={form().draft.stages}
        rowLabel={(i) => i18n.t("rules.stages.stage", { n: i + 1 })}
        removeLabel={(i) => i18n.t("rules.stages.remove", { n: i + 1 })}
        addLabel={i18n.t("rules.stages.add")}
        readOnly={props.readOnly}
        onMove={form().moveStage}
        onRemove={form().removeStage}
        onAdd={form().addStage}
      >
        {(row, index) =>
          fields.map((field) => (
            <TextField
              label={i18n.t(field.label)}
              inputMode={field.key === "probability" ? "numeric" : "text"}
              value={row[field.key]}
              onChange={(text) => form().setStage(index(), { [field.key]: text } as Partial<StageDraft>)}
              error={form().errorAt(`stages.${index()}.${field.path}`)}
              readOnly={props.readOnly}
            />
          ))
        }
      </OrderedRows>
    </div>
  );
}
