import { Badge, Button, Callout, Card, CopyField, EmptyState, I18nProvider, showToast } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { errorText, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { NewFormDialog } from "./new-form-dialog.tsx";
import "../prospecting.css";

/** `/leads/forms`: the organisation's web forms, a new one, and the embed snippet of the chosen form. */
export default function FormsPage(): JSX.Element {
  const api = useProspectingApi();
  const [forms, { refetch }] = createResource(() => api.forms.list.query());
  const [creating, setCreating] = createSignal(false);
  const [chosen, setChosen] = createSignal<string | null>(null);
  // The server's address as the browser reaches it, unless the settings name a public one.
  const [snippet] = createResource(chosen, (formId) =>
    api.forms.snippet.query({ formId, publicUrl: window.location.origin }),
  );
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container pr-page">
        <div class="pr-page__head">
          <h1>{i18n.t("forms.title")}</h1>
          <Button onClick={() => setCreating(true)}>{i18n.t("forms.create")}</Button>
        </div>
        <Card>
          <Show when={forms()}>
            {(list) => (
              <Show when={list().length > 0} fallback={<EmptyState title={i18n.t("forms.empty")} />}>
                <ul class="pr-list">
                  <For each={list()}>
                    {(form) => (
                      <li>
                        <button type="button" class="pr-list__item" onClick={() => setChosen(form.id)}>
                          <span>{form.name}</span>
                          <Badge tone={form.active ? "success" : "neutral"}>
                            {form.active ? i18n.t("forms.active") : i18n.t("forms.inactive")}
                          </Badge>
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            )}
          </Show>
        </Card>
        <Show when={snippet.error}>{(error) => <Callout tone="danger">{errorText(error())}</Callout>}</Show>
        <Show when={snippet.state === "ready" && snippet()}>
          {(code) => (
            <Card>
              <h2>{i18n.t("forms.snippet")}</h2>
              <CopyField label={i18n.t("forms.endpoint")} value={code().endpoint} />
              <CopyField label={i18n.t("forms.snippet")} value={code().html} />
              <pre class="pr-snippet">{code().html}</pre>
            </Card>
          )}
        </Show>
        <NewFormDialog
          open={creating()}
          onClose={() => setCreating(false)}
          onCreated={(id, name) => {
            setCreating(false);
            showToast({ title: i18n.t("forms.created", { name }), tone: "success" });
            void refetch();
            setChosen(id);
          }}
        />
      </div>
    </I18nProvider>
  );
}
