import { Button, Callout } from "@quartet/ui";
import { createEffect, createSignal, For, type JSX, Show } from "solid-js";
import { type PipelineView, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { CellFields } from "../shared/cell-fields.tsx";
import { run } from "../shared/run.ts";
import { draftsOfStages, moveDraft, type StageDraft, stagesInput } from "./stage-drafts.ts";

let added = 0;

/**
 * The working stages of a pipeline: name, probability, rotting days and order; add, rename,
 * reorder and remove, then save them at once (`pipelines.setStages`). The won and lost stages
 * close every pipeline and are not edited.
 */
export function StagesEditor(props: { pipeline: PipelineView; onSaved: () => void }): JSX.Element {
  const api = useFirstSaleApi();
  const [drafts, setDrafts] = createSignal<StageDraft[]>([]);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  createEffect(() => setDrafts(draftsOfStages(props.pipeline.stages)));
  const change = (key: string, patch: Partial<StageDraft>) =>
    setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const save = async () => {
    const input = stagesInput(drafts());
    if ("problem" in input) {
      setProblem(i18n.t(`pipelines.problems.${input.problem.field}`, { stage: input.problem.index + 1 }));
      return;
    }
    setProblem(null);
    setBusy(true);
    const ok = await run(
      () => api.pipelines.setStages.mutate({ pipelineId: props.pipeline.id, stages: input.stages }),
      i18n.t("pipelines.stagesSaved"),
    );
    setBusy(false);
    if (ok) props.onSaved();
  };
  const closing = () => props.pipeline.stages.filter((s) => s.kind !== "open");
  return (
    <div class="fs-stack">
      <table class="fs-lines fs-stages">
        <caption class="q-visually-hidden">{i18n.t("pipelines.stages")}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t("pipelines.stageName")}</th>
            <th scope="col">{i18n.t("pipelines.probability")}</th>
            <th scope="col">{i18n.t("pipelines.rottingDays")}</th>
            <th scope="col">
              <span class="q-visually-hidden">{i18n.t("pipelines.order")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={drafts()}>
            {(d, index) => (
              <tr>
                <CellFields
                  values={d}
                  specs={[
                    { field: "name", label: i18n.t("pipelines.stageNameOf", { stage: index() + 1 }) },
                    {
                      field: "probability",
                      label: i18n.t("pipelines.probabilityOf", { stage: index() + 1 }),
                      inputMode: "numeric",
                    },
                    {
                      field: "rottingDays",
                      label: i18n.t("pipelines.rottingDaysOf", { stage: index() + 1 }),
                      inputMode: "numeric",
                      placeholder: i18n.t("pipelines.never"),
                    },
                  ]}
                  onChange={(field, value) => change(d.key, { [field]: value })}
                />
                <td>
                  <div class="fs-row fs-stages__actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={i18n.t("pipelines.upOf", { stage: d.name || index() + 1 })}
                      disabled={index() === 0}
                      onClick={() => setDrafts((all) => moveDraft(all, index(), -1))}
                    >
                      ↑
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={i18n.t("pipelines.downOf", { stage: d.name || index() + 1 })}
                      disabled={index() === drafts().length - 1}
                      onClick={() => setDrafts((all) => moveDraft(all, index(), 1))}
                    >
                      ↓
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={i18n.t("pipelines.removeOf", { stage: d.name || index() + 1 })}
                      onClick={() => setDrafts((all) => all.filter((x) => x.key !== d.key))}
                    >
                      {i18n.t("pipelines.remove")}
                    </Button>
                  </div>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <p class="fs-muted">
        {i18n.t("pipelines.closing", {
          stages: closing()
            .map((s) => s.name)
            .join(", "),
        })}
      </p>
      <div class="fs-row">
        <Button
          variant="secondary"
          onClick={() =>
            setDrafts((all) => [
              ...all,
              { key: `new-${++added}`, name: "", probability: "50", rottingDays: "7" },
            ])
          }
        >
          {i18n.t("pipelines.addStage")}
        </Button>
        <Button loading={busy()} onClick={() => void save()}>
          {i18n.t("pipelines.saveStages")}
        </Button>
      </div>
      <Show when={problem()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
    </div>
  );
}
