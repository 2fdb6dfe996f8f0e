import { Button, I18nProvider, showToast } from "@quartet/ui";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { PickList } from "../shared/pick-list.tsx";
import { draftOfGraph, type ScriptDraft, starterScript } from "./script-draft.ts";
import { ScriptEditor } from "./script-editor.tsx";
import "../prospecting.css";

type Editing = { id: string | null; version: number | null; draft: ScriptDraft };

/** `/calling/scripts`: the call scripts; pick one to edit (publishing a new version) or start a new one. */
export default function ScriptsPage(): JSX.Element {
  const api = useProspectingApi();
  const [scripts, { refetch }] = createResource(() => api.scripts.list.query());
  const [editing, setEditing] = createSignal<Editing | null>(null);
  const open = async (scriptId: string) => {
    const script = await api.scripts.get.query({ scriptId });
    setEditing({ id: script.id, version: script.version, draft: draftOfGraph(script.name, script.graph) });
  };
  const create = () =>
    setEditing({
      id: null,
      version: null,
      draft: starterScript({
        greeting: i18n.t("scripts.starter.greeting"),
        question: i18n.t("scripts.starter.question"),
        yes: i18n.t("scripts.starter.yes"),
        no: i18n.t("scripts.starter.no"),
      }),
    });
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container pr-page">
        <div class="q-page-header">
          <h1>{i18n.t("scripts.title")}</h1>
          <Button variant="primary" onClick={create}>
            {i18n.t("scripts.create")}
          </Button>
        </div>
        <PickList
          items={scripts()}
          chosen={editing()?.id ?? null}
          empty={i18n.t("scripts.empty")}
          onPick={(script) => void open(script.id)}
          row={(script) => (
            <>
              <span>{script.name}</span>
              <span class="q-muted">{i18n.t("scripts.version", { version: script.latestVersion })}</span>
            </>
          )}
        />
        <Show when={editing()} keyed>
          {(edit) => (
            <ScriptEditor
              scriptId={edit.id}
              version={edit.version}
              initial={edit.draft}
              onSaved={(id, version) => {
                showToast({ title: i18n.t("scripts.saved", { version }), tone: "success" });
                void refetch();
                void open(id);
              }}
            />
          )}
        </Show>
      </div>
    </I18nProvider>
  );
}
