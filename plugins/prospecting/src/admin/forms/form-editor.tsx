import { Button, Callout, Card, Switch, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { failureOf, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { type FormDraft, formErrorsOf, formInputOf } from "./form-draft.ts";
import { FormFieldsEditor } from "./form-fields-editor.tsx";

/**
 * Creates a form (`formId` null) or edits one: name, fields, consent, thank-you message,
 * allowed origins, on/off. The server's messages appear under the fields they concern.
 */
export function FormEditor(props: {
  formId: string | null;
  initial: FormDraft;
  onSaved: (id: string, name: string) => void;
  onCancel: () => void;
}): JSX.Element {
  const api = useProspectingApi();
  const [draft, setDraft] = createSignal<FormDraft>(props.initial);
  const [errors, setErrors] = createSignal<ReturnType<typeof formErrorsOf>>({ form: {}, byField: {} });
  const [message, setMessage] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const set =
    <K extends keyof FormDraft>(key: K) =>
    (value: FormDraft[K]) =>
      setDraft({ ...draft(), [key]: value });
  const save = async () => {
    setBusy(true);
    setMessage(null);
    setErrors({ form: {}, byField: {} });
    try {
      const input = formInputOf(draft());
      const saved = props.formId
        ? await api.forms.update.mutate({ ...input, formId: props.formId })
        : await api.forms.create.mutate(input);
      if (saved) props.onSaved(saved.id, saved.name);
    } catch (error) {
      const failure = failureOf(error);
      const placed = formErrorsOf(failure.fields);
      setErrors(placed);
      setMessage(failure.message);
    } finally {
      setBusy(false);
    }
  };
  const formError = (key: string) => errors().form[key];
  return (
    <Card
      title={props.formId ? i18n.t("forms.editTitle", { name: props.initial.name }) : i18n.t("forms.create")}
    >
      <form
        class="pr-stack"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          label={i18n.t("forms.name")}
          value={draft().name}
          onChange={set("name")}
          error={formError("name")}
        />
        <FormFieldsEditor fields={draft().fields} errors={errors().byField} onChange={set("fields")} />
        <Show when={formError("fields")}>{(text) => <Callout tone="danger">{text()}</Callout>}</Show>
        <Switch
          label={i18n.t("forms.consentRequired")}
          checked={draft().consentRequired}
          onChange={set("consentRequired")}
        />
        <TextField
          label={i18n.t("forms.consent")}
          multiline
          value={draft().consentText}
          onChange={set("consentText")}
          error={formError("consentText")}
        />
        <TextField
          label={i18n.t("forms.thankYou")}
          multiline
          value={draft().thankYou}
          onChange={set("thankYou")}
          error={formError("thankYou")}
        />
        <TextField
          label={i18n.t("forms.origins")}
          description={i18n.t("forms.originsHint")}
          multiline
          value={draft().origins}
          onChange={set("origins")}
          error={formError("origins")}
        />
        <Switch label={i18n.t("forms.active")} checked={draft().active} onChange={set("active")} />
        <Show
          when={message() && Object.keys(errors().form).length + Object.keys(errors().byField).length === 0}
        >
          <Callout tone="danger">{message()}</Callout>
        </Show>
        <div class="pr-actions">
          <Button variant="primary" type="submit" loading={busy()}>
            {i18n.t("forms.save")}
          </Button>
          <Button onClick={() => props.onCancel()}>{i18n.t("common.cancel")}</Button>
        </div>
      </form>
    </Card>
  );
}
