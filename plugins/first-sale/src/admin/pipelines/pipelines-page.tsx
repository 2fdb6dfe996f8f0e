import { Badge, Button, Card, ConfirmDialog, I18nProvider, Table, TextField } from "@quartet/ui";
import { createEffect, createResource, createSignal, For, type JSX, Show } from "solid-js";
import { type PipelineView, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { useCan } from "../shared/permissions.ts";
import { run } from "../shared/run.ts";
import { SubNav } from "../shared/sub-nav.tsx";
import { LostReasonsEditor } from "./lost-reasons-editor.tsx";
import { StagesEditor } from "./stages-editor.tsx";
import "../shared/shared.css";
import "../deal/deal.css";

/**
 * `/deals/pipelines`: the organisation's pipelines. Heads of sales create, rename, delete and
 * make one the default, and edit the stages of any (the default one too); others see them.
 * Administrators also edit the list of lost reasons here.
 */
export default function PipelinesPage(): JSX.Element {
  const api = useFirstSaleApi();
  const can = useCan();
  const [pipelines, { refetch }] = createResource(() => api.pipelines.list.query());
  const [selectedId, setSelectedId] = createSignal<string | null>(null);
  const [newName, setNewName] = createSignal("");
  const selected = () => {
    const all = pipelines.latest ?? [];
    return all.find((p) => p.id === selectedId()) ?? all[0];
  };
  const reload = () => void refetch();
  const create = async () => {
    const name = newName().trim();
    if (!name) return;
    let createdId = "";
    const ok = await run(async () => {
      createdId = (await api.pipelines.create.mutate({ name })).id;
    }, i18n.t("pipelines.created"));
    if (!ok) return;
    setNewName("");
    await refetch();
    setSelectedId(createdId);
  };
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container">
        <h1>{i18n.t("pipelines.title")}</h1>
        <SubNav />
        <div class="fs-deal__grid">
          <Card title={i18n.t("pipelines.stages")}>
            <Show when={selected()}>
              {(p) => <PipelineEditor pipeline={p()} manage={can("pipelinesManage")} onChanged={reload} />}
            </Show>
          </Card>
          <div class="fs-stack">
            <Card title={i18n.t("pipelines.list")}>
              <ul class="fs-list">
                <For each={pipelines.latest ?? []}>
                  {(p) => (
                    <li class="fs-row">
                      <Button
                        variant={p.id === selected()?.id ? "secondary" : "ghost"}
                        size="sm"
                        aria-pressed={p.id === selected()?.id}
                        onClick={() => setSelectedId(p.id)}
                      >
                        {p.name}
                      </Button>
                      <Show when={p.isDefault}>
                        <Badge tone="info">{i18n.t("pipelines.default")}</Badge>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={can("pipelinesManage")}>
                <form
                  class="fs-toolbar"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void create();
                  }}
                >
                  <TextField label={i18n.t("pipelines.newName")} value={newName()} onChange={setNewName} />
                  <Button type="submit" disabled={!newName().trim()}>
                    {i18n.t("pipelines.create")}
                  </Button>
                </form>
              </Show>
            </Card>
            <Show when={can("pluginsManage")}>
              <LostReasonsEditor />
            </Show>
          </div>
        </div>
      </div>
    </I18nProvider>
  );
}

function PipelineEditor(props: {
  pipeline: PipelineView;
  manage: boolean;
  onChanged: () => void;
}): JSX.Element {
  const api = useFirstSaleApi();
  const [name, setName] = createSignal("");
  const [confirming, setConfirming] = createSignal(false);
  createEffect(() => setName(props.pipeline.name));
  const id = () => props.pipeline.id;
  const act = (call: () => Promise<unknown>, success: string) =>
    run(call, success).then((ok) => ok && props.onChanged());
  return (
    <Show when={props.manage} fallback={<ReadOnlyStages pipeline={props.pipeline} />}>
      <div class="fs-stack">
        <div class="fs-toolbar">
          <TextField label={i18n.t("pipelines.name")} value={name()} onChange={setName} />
          <Button
            variant="secondary"
            disabled={name().trim() === props.pipeline.name}
            onClick={() =>
              void act(
                () => api.pipelines.rename.mutate({ pipelineId: id(), name: name() }),
                i18n.t("pipelines.renamed"),
              )
            }
          >
            {i18n.t("pipelines.rename")}
          </Button>
          <Show
            when={!props.pipeline.isDefault}
            fallback={<Badge tone="info">{i18n.t("pipelines.default")}</Badge>}
          >
            <Button
              variant="secondary"
              onClick={() =>
                void act(
                  () => api.pipelines.setDefault.mutate({ pipelineId: id() }),
                  i18n.t("pipelines.madeDefault"),
                )
              }
            >
              {i18n.t("pipelines.makeDefault")}
            </Button>
            <Button variant="danger" onClick={() => setConfirming(true)}>
              {i18n.t("pipelines.delete")}
            </Button>
          </Show>
        </div>
        <StagesEditor pipeline={props.pipeline} onSaved={props.onChanged} />
        <ConfirmDialog
          open={confirming()}
          onOpenChange={setConfirming}
          title={i18n.t("pipelines.deleteTitle", { name: props.pipeline.name })}
          description={i18n.t("pipelines.deleteHint")}
          confirmLabel={i18n.t("pipelines.delete")}
          cancelLabel={i18n.t("proposals.cancel")}
          tone="danger"
          onConfirm={() =>
            act(() => api.pipelines.remove.mutate({ pipelineId: id() }), i18n.t("pipelines.deleted"))
          }
        />
      </div>
    </Show>
  );
}

function ReadOnlyStages(props: { pipeline: PipelineView }): JSX.Element {
  return (
    <Table
      caption={i18n.t("pipelines.stages")}
      rows={props.pipeline.stages}
      rowKey={(s) => s.id}
      columns={[
        { id: "name", header: i18n.t("pipelines.stageName"), cell: (s) => s.name },
        {
          id: "probability",
          header: i18n.t("pipelines.probability"),
          align: "end",
          cell: (s) => `${s.probability} %`,
        },
        {
          id: "rotting",
          header: i18n.t("pipelines.rottingDays"),
          align: "end",
          cell: (s) => (s.rottingDays === null ? "—" : i18n.formatNumber(s.rottingDays)),
        },
      ]}
    />
  );
}
