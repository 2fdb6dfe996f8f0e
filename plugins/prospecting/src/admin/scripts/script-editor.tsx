import { Button, Callout, Card, Select, TextField } from "@quartet/ui";
import { createSignal, For, Index, type JSX, Show } from "solid-js";
import { failureOf, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import {
  blankStep,
  graphOfDraft,
  newStepId,
  type ScriptDraft,
  type StepDraft,
  scriptIssuesOf,
} from "./script-draft.ts";
import { StepEditor } from "./step-editor.tsx";

/**
 * Edits a script as a list of steps with "go to" selects. Saving publishes a new immutable
 * version (the first one for a new script); the server's checks appear on the steps at fault.
 */
export function ScriptEditor(props: {
  scriptId: string | null;
  version: number | null;
  initial: ScriptDraft;
  onSaved: (id: string, version: number) => void;
}): JSX.Element {
  const api = useProspectingApi();
  const [draft, setDraft] = createSignal<ScriptDraft>(props.initial);
  const [issues, setIssues] = createSignal<ReturnType<typeof scriptIssuesOf>>({ byStep: {}, general: [] });
  const [busy, setBusy] = createSignal(false);
  const setStep = (index: number, step: StepDraft) =>
    setDraft({ ...draft(), steps: draft().steps.map((s, i) => (i === index ? step : s)) });
  const removeStep = (index: number) => {
    const steps = draft().steps.filter((_, i) => i !== index);
    const start = steps.some((s) => s.id === draft().start) ? draft().start : (steps[0]?.id ?? "");
    setDraft({ ...draft(), start, steps });
  };
  const addStep = () => {
    const steps = draft().steps;
    setDraft({ ...draft(), steps: [...steps, blankStep(newStepId(steps), steps[0]?.id ?? "")] });
  };
  const save = async () => {
    setBusy(true);
    setIssues({ byStep: {}, general: [] });
    const graph = graphOfDraft(draft());
    try {
      const saved = props.scriptId
        ? await api.scripts.publish.mutate({
            scriptId: props.scriptId,
            name: draft().name,
            graph,
            ...(props.version ? { expectedVersion: props.version } : {}),
          })
        : await api.scripts.create.mutate({ name: draft().name, graph });
      props.onSaved(saved.id, saved.version);
    } catch (error) {
      const failure = failureOf(error);
      const placed = scriptIssuesOf(failure.fields, draft().steps);
      const placedAny = Object.keys(placed.byStep).length > 0 || placed.name || placed.general.length > 0;
      setIssues(placedAny ? placed : { byStep: {}, general: [failure.message] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      title={draft().name || i18n.t("scripts.create")}
      description={
        props.version
          ? `${i18n.t("scripts.version", { version: props.version })} · ${i18n.t("scripts.newVersionHint", { version: props.version + 1 })}`
          : i18n.t("scripts.firstVersionHint")
      }
    >
      <div class="pr-stack">
        <div class="pr-filters">
          <TextField
            label={i18n.t("scripts.name")}
            value={draft().name}
            onChange={(name) => setDraft({ ...draft(), name })}
            error={issues().name || undefined}
          />
          <Select
            label={i18n.t("scripts.start")}
            options={draft().steps.map((s, i) => ({
              value: s.id,
              label: i18n.t("scripts.step", { n: i + 1 }),
            }))}
            value={draft().start}
            onChange={(start) => start !== draft().start && setDraft({ ...draft(), start })}
          />
        </div>
        <Show when={issues().general.length > 0}>
          <Callout tone="danger" title={i18n.t("scripts.invalid")}>
            <ul>
              <For each={issues().general}>{(issue) => <li>{issue}</li>}</For>
            </ul>
          </Callout>
        </Show>
        <ol class="pr-steps" aria-label={i18n.t("scripts.steps")}>
          <Index each={draft().steps}>
            {(step, index) => (
              <StepEditor
                step={step()}
                index={index}
                steps={draft().steps}
                isStart={step().id === draft().start}
                issues={issues().byStep[step().id] ?? []}
                onChange={(next) => setStep(index, next)}
                onRemove={() => removeStep(index)}
              />
            )}
          </Index>
        </ol>
        <div class="pr-actions">
          <Button onClick={addStep}>{i18n.t("scripts.addStep")}</Button>
          <Button variant="primary" loading={busy()} onClick={() => void save()}>
            {i18n.t("scripts.save")}
          </Button>
        </div>
      </div>
    </Card>
  );
}
