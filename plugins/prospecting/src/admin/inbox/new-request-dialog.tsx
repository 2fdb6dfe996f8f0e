import { FormDialog, I18nProvider, showToast, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { failureOf, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

const empty = { name: "", company: "", phone: "", email: "", message: "" };

/**
 * The top bar's "+ Lead": a request typed in by hand (a call to the office, a walk-in) through
 * `prospecting.inbox.create`; it waits in the inbox for triage like any other. A phone or email the
 * server cannot read is named under its field.
 */
export default function NewRequestDialog(props: { onClose: () => void }): JSX.Element {
  const api = useProspectingApi();
  const [draft, setDraft] = createSignal(empty);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [busy, setBusy] = createSignal(false);
  const set = (key: keyof typeof empty) => (value: string) => {
    setErrors({ ...errors(), [key]: "", form: "" });
    setDraft({ ...draft(), [key]: value });
  };
  const submit = async () => {
    const d = draft();
    if (![d.name, d.company, d.phone, d.email].some((v) => v.trim())) {
      return setErrors({ form: i18n.t("newRequest.someContact") });
    }
    setBusy(true);
    try {
      const text = (v: string) => v.trim() || null;
      await api.inbox.create.mutate({
        source: "manual",
        name: text(d.name),
        company: text(d.company),
        phone: text(d.phone),
        email: text(d.email),
        message: text(d.message),
      });
      showToast({ title: i18n.t("newRequest.created"), tone: "success" });
      props.onClose();
    } catch (cause) {
      const failure = failureOf(cause);
      const bad = (field: "phone" | "email") =>
        failure.fields[field]
          ? i18n.t(field === "phone" ? "newRequest.badPhone" : "newRequest.badEmail")
          : "";
      const fields = { phone: bad("phone"), email: bad("email") };
      setErrors({ ...fields, form: fields.phone || fields.email ? "" : failure.message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <I18nProvider i18n={i18n}>
      <FormDialog
        open
        onOpenChange={(open) => !open && props.onClose()}
        title={i18n.t("newRequest.title")}
        description={i18n.t("newRequest.description")}
        submitLabel={i18n.t("newRequest.submit")}
        onSubmit={submit}
        busy={busy()}
        error={errors().form || null}
      >
        <TextField label={i18n.t("newRequest.name")} value={draft().name} onChange={set("name")} />
        <TextField label={i18n.t("newRequest.company")} value={draft().company} onChange={set("company")} />
        <TextField
          label={i18n.t("newRequest.phone")}
          type="tel"
          value={draft().phone}
          onChange={set("phone")}
          error={errors().phone || undefined}
        />
        <TextField
          label={i18n.t("newRequest.email")}
          type="email"
          value={draft().email}
          onChange={set("email")}
          error={errors().email || undefined}
        />
        <TextField label={i18n.t("newRequest.message")} value={draft().message} onChange={set("message")} />
      </FormDialog>
    </I18nProvider>
  );
}
