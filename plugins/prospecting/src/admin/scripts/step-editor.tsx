import { Button, Checkbox, Select, TextField } from "@quartet/ui";
import { For, Index, type JSX, Match, Show, Switch } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { coreFields, type OptionDraft, outcomes, type StepDraft, type Target } from "./script-draft.ts";

const kinds = ["say", "question", "field", "outcome"] as const;
const inputs = ["text", "number", "boolean"] as const;

/** Options of a "go to" select: every other step by number and text. */
function stepChoices(steps: readonly StepDraft[], self: string) {
  return steps
    .map((s, i) => ({
      value: s.id,
      label: `${i18n.t("scripts.step", { n: i + 1 })}: ${s.text.slice(0, 40) || s.id}`,
    }))
    .filter((c) => c.value !== self);
}

/** One step of the script: its kind, text, and where it leads (per answer for a question). */
export function StepEditor(props: {
  step: StepDraft;
  index: number;
  steps: readonly StepDraft[];
  isStart: boolean;
  issues: string[];
  onChange: (step: StepDraft) => void;
  onRemove: () => void;
}): JSX.Element {
  // A select may repeat its current value when its options change; a change that changes nothing is dropped,
  // or the new draft would rebuild the options and the select would answer again, without end.
  const set = (change: Partial<StepDraft>) => {
    const step = props.step;
    if (Object.entries(change).every(([key, value]) => step[key as keyof StepDraft] === value)) return;
    props.onChange({ ...step, ...change });
  };
  const setOption = (index: number, change: Partial<OptionDraft>) => {
    const option = props.step.options[index];
    if (!option || Object.entries(change).every(([key, value]) => option[key as keyof OptionDraft] === value))
      return;
    set({ options: props.step.options.map((o, i) => (i === index ? { ...o, ...change } : o)) });
  };
  const targets = () => [
    ...stepChoices(props.steps, props.step.id).map((c) => ({ value: `step:${c.value}`, label: c.label })),
    ...outcomes.map((d) => ({
      value: `outcome:${d}`,
      label: i18n.t("scripts.endWith", { disposition: i18n.t(`calls.disposition.${d}`) }),
    })),
  ];
  const addOption = () => {
    const used = new Set(props.step.options.map((o) => o.value));
    let n = props.step.options.length + 1;
    while (used.has(`o${n}`)) n++;
    set({
      options: [...props.step.options, { value: `o${n}`, label: "", target: "outcome:not-interested" }],
    });
  };
  return (
    <li class="pr-step" data-invalid={props.issues.length > 0 ? "" : undefined}>
      <header class="pr-step__head">
        <strong>{i18n.t("scripts.step", { n: props.index + 1 })}</strong>
        <span class="q-mono q-muted">{props.step.id}</span>
        <Show when={props.isStart}>
          <span class="q-muted">· {i18n.t("scripts.start")}</span>
        </Show>
        <span class="q-spacer" />
        <Button size="sm" variant="ghost" onClick={() => props.onRemove()}>
          {i18n.t("scripts.remove")}
        </Button>
      </header>
      <div class="pr-filters">
        <Select
          label={i18n.t("scripts.kind")}
          options={kinds.map((k) => ({ value: k, label: i18n.t(`scripts.kinds.${k}`) }))}
          value={props.step.kind}
          onChange={(kind) => set({ kind: kind as StepDraft["kind"] })}
        />
        <Show when={props.step.kind === "say" || props.step.kind === "field"}>
          <Select
            label={i18n.t("scripts.goTo")}
            options={stepChoices(props.steps, props.step.id)}
            value={props.step.next}
            onChange={(next) => set({ next })}
          />
        </Show>
        <Show when={props.step.kind === "outcome"}>
          <Select
            label={i18n.t("scripts.outcome")}
            options={outcomes.map((d) => ({ value: d, label: i18n.t(`calls.disposition.${d}`) }))}
            value={props.step.disposition}
            onChange={(d) => set({ disposition: d as StepDraft["disposition"] })}
          />
        </Show>
      </div>
      <TextField
        label={i18n.t("scripts.text")}
        multiline
        value={props.step.text}
        onChange={(text) => set({ text })}
      />
      <Switch>
        <Match when={props.step.kind === "question"}>
          <fieldset class="pr-fieldset">
            <legend>{i18n.t("scripts.options")}</legend>
            <Index each={props.step.options}>
              {(option, i) => (
                <div class="pr-field-row">
                  <TextField
                    label={i18n.t("scripts.option")}
                    value={option().label}
                    onChange={(label) => setOption(i, { label })}
                  />
                  <Select
                    label={i18n.t("scripts.goTo")}
                    options={targets()}
                    value={option().target}
                    onChange={(target) => setOption(i, { target: target as Target })}
                  />
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => set({ options: props.step.options.filter((_, j) => j !== i) })}
                  >
                    {i18n.t("scripts.remove")}
                  </Button>
                </div>
              )}
            </Index>
            <Button size="sm" onClick={addOption}>
              {i18n.t("scripts.addOption")}
            </Button>
          </fieldset>
        </Match>
        <Match when={props.step.kind === "field"}>
          <div class="pr-filters">
            <Select
              label={i18n.t("scripts.field")}
              options={[
                ...coreFields.map((f) => ({ value: f, label: i18n.t(`scripts.coreFields.${f}`) })),
                { value: "custom", label: i18n.t("scripts.customField") },
              ]}
              value={props.step.field}
              onChange={(field) => set({ field: field as StepDraft["field"] })}
            />
            <Show when={props.step.field === "custom"}>
              <TextField
                label={i18n.t("scripts.customKey")}
                value={props.step.customKey}
                onChange={(customKey) => set({ customKey })}
              />
            </Show>
            <Select
              label={i18n.t("scripts.input")}
              options={inputs.map((k) => ({ value: k, label: i18n.t(`scripts.inputs.${k}`) }))}
              value={props.step.input}
              onChange={(input) => set({ input: input as StepDraft["input"] })}
            />
            <Checkbox
              label={i18n.t("scripts.required")}
              checked={props.step.required}
              onChange={(required) => set({ required })}
            />
          </div>
        </Match>
      </Switch>
      <Show when={props.issues.length > 0}>
        <ul class="pr-issues" role="alert">
          <For each={props.issues}>{(issue) => <li>{issue}</li>}</For>
        </ul>
      </Show>
    </li>
  );
}
