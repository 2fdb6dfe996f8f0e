import { Button, Callout, Dialog, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { errorText, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { type FormDraft, originsOf, standardFields } from "./form-draft.ts";

/** Creates a web form with the standard fields, its consent and thank-you texts and allowed origins. */
export function NewFormDialog(props: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string, name: string) => void;
}): JSX.Element {
  const api = useProspectingApi();
  const blank = (): FormDraft => ({
    name: "",
    consentText: "Я согласен на обработку персональных данных",
    thankYou: "Спасибо! Мы свяжемся с вами в ближайшее время.",
    origins: "",
  });
  const [draft, setDraft] = createSignal<FormDraft>(blank());
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const set = (key: keyof FormDraft) => (value: string) => setDraft({ ...draft(), [key]: value });
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const form = await api.forms.create.mutate({
        name: draft().name,
        definition: {
          fields: standardFields({
            name: i18n.t("forms.fieldName"),
            phone: i18n.t("forms.fieldPhone"),
            email: i18n.t("forms.fieldEmail"),
            message: i18n.t("forms.fieldMessage"),
          }),
          consentText: draft().consentText,
        },
        thankYou: draft().thankYou,
        allowedOrigins: originsOf(draft().origins),
      });
      setDraft(blank());
      props.onCreated(form.id, form.name);
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => !open && props.onClose()}
      title={i18n.t("forms.create")}
      description={i18n.t("forms.fields")}
      footer={
        <>
          <Button variant="secondary" onClick={() => props.onClose()}>
            {i18n.t("forms.cancel")}
          </Button>
          <Button loading={busy()} onClick={() => void submit()}>
            {i18n.t("forms.save")}
          </Button>
        </>
      }
    >
      <TextField label={i18n.t("forms.name")} value={draft().name} onChange={set("name")} />
      <TextField label={i18n.t("forms.consent")} value={draft().consentText} onChange={set("consentText")} />
      <TextField label={i18n.t("forms.thankYou")} value={draft().thankYou} onChange={set("thankYou")} />
      <TextField label={i18n.t("forms.origins")} value={draft().origins} onChange={set("origins")} />
      <Show when={error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
    </Dialog>
  );
}
