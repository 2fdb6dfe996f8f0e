import { Badge, Button, Callout, Card, CopyField, I18nProvider, showToast } from "@quartet/ui";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { failureOf, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { PickList } from "../shared/pick-list.tsx";
import { draftOfForm, type FormDraft, standardFields } from "./form-draft.ts";
import { FormEditor } from "./form-editor.tsx";
import "../prospecting.css";

/** A new form's draft: the standard fields in the admin's language, Russian consent and thank-you texts. */
function blankDraft(): FormDraft {
  return {
    name: "",
    fields: standardFields({
      name: i18n.t("forms.fieldName"),
      phone: i18n.t("forms.fieldPhone"),
      email: i18n.t("forms.fieldEmail"),
      message: i18n.t("forms.fieldMessage"),
    }),
    consentRequired: true,
    consentText: "Я согласен на обработку персональных данных",
    thankYou: "Спасибо! Мы свяжемся с вами в ближайшее время.",
    origins: "",
    active: true,
  };
}

/** `/leads/forms`: the organisation's web forms, the editor (new or existing) and the embed snippet of the chosen form. */
export default function FormsPage(): JSX.Element {
  const api = useProspectingApi();
  const [forms, { refetch }] = createResource(() => api.forms.list.query());
  const [editing, setEditing] = createSignal<{ id: string | null; draft: FormDraft } | null>(null);
  const [chosen, setChosen] = createSignal<string | null>(null);
  // The server's address as the browser reaches it, unless the settings name a public one.
  const [snippet] = createResource(chosen, (formId) =>
    api.forms.snippet.query({ formId, publicUrl: window.location.origin }),
  );
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container pr-page">
        <div class="q-page-header">
          <h1>{i18n.t("forms.title")}</h1>
          <Button variant="primary" onClick={() => setEditing({ id: null, draft: blankDraft() })}>
            {i18n.t("forms.create")}
          </Button>
        </div>
        <Show when={editing()} keyed>
          {(edit) => (
            <FormEditor
              formId={edit.id}
              initial={edit.draft}
              onCancel={() => setEditing(null)}
              onSaved={(id, name) => {
                setEditing(null);
                showToast({
                  title: i18n.t(edit.id ? "forms.saved" : "forms.created", { name }),
                  tone: "success",
                });
                void refetch();
                setChosen(id);
              }}
            />
          )}
        </Show>
        <PickList
          items={forms()}
          chosen={chosen()}
          empty={i18n.t("forms.empty")}
          onPick={(form) => setChosen(form.id)}
          row={(form) => (
            <>
              <span>{form.name}</span>
              <span class="q-mono q-muted">{form.source}</span>
              <Badge tone={form.active ? "success" : "neutral"}>
                {form.active ? i18n.t("forms.active") : i18n.t("forms.inactive")}
              </Badge>
            </>
          )}
          actions={(form) => (
            <Button size="sm" onClick={() => setEditing({ id: form.id, draft: draftOfForm(form) })}>
              {i18n.t("forms.edit")}
            </Button>
          )}
        />
        <Show when={snippet.error}>
          {(error) => <Callout tone="danger">{failureOf(error()).message}</Callout>}
        </Show>
        <Show when={snippet.state === "ready" && snippet()}>
          {(code) => (
            <Card title={i18n.t("forms.snippet")}>
              <CopyField label={i18n.t("forms.endpoint")} value={code().endpoint} />
              <CopyField label={i18n.t("forms.snippet")} value={code().html} />
              <pre class="pr-snippet">{code().html}</pre>
            </Card>
          )}
        </Show>
      </div>
    </I18nProvider>
  );
}
