import { Checkbox, FormDialog, Select, showToast, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { firstErrorOf } from "../clients/client-form-fields.tsx";
import type { ContactRecord } from "./client-types.ts";
import {
  type ContactDraft,
  type ContactRole,
  contactDraftOf,
  contactInputOf,
  contactRoles,
  emptyContactDraft,
} from "./contact-draft.ts";

const paths = ["name", "position", "role", "phones", "emails", "isPrimary"].flatMap((field) => [
  field,
  ...Array.from({ length: 20 }, (_, i) => `${field}.${i}`),
]);

/** Adds a contact to a client, or edits one (`contact` given); the server's messages sit under the fields. */
export function ContactDialog(props: {
  clientId: string;
  contact: ContactRecord | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const refresh = useOrgRefresh();
  const form = useServerForm(paths);
  const [draft, setDraft] = createSignal<ContactDraft>(emptyContactDraft);
  const reset = () => {
    setDraft(props.contact ? contactDraftOf(props.contact) : emptyContactDraft);
    form.show({});
  };
  const set = (patch: Partial<ContactDraft>) => {
    for (const key of Object.keys(patch)) form.clear(key);
    setDraft({ ...draft(), ...patch });
  };
  const errorOf = (field: string) => firstErrorOf(form.fieldErrors(), field);
  const save = async () => {
    const input = contactInputOf(draft());
    const contact = props.contact;
    const result = await form.run(() =>
      contact
        ? trpc.core.clients.contacts.update.mutate({ ...input, contactId: contact.id })
        : trpc.core.clients.contacts.create.mutate({ ...input, clientId: props.clientId }),
    );
    if (!result.ok) return;
    showToast({ title: i18n.t("contacts.saved", { name: input.name.trim() }), tone: "success" });
    await refresh("clients");
    props.onOpenChange(false);
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={i18n.t(props.contact ? "contacts.edit" : "contacts.add")}
      submitLabel={i18n.t("common.save")}
      busy={form.busy()}
      error={form.formError()}
      onSubmit={save}
      onOpen={reset}
    >
      <div class="client-form__grid">
        <TextField
          label={i18n.t("contacts.name")}
          value={draft().name}
          onChange={(name) => set({ name })}
          error={errorOf("name")}
          autofocus
        />
        <TextField
          label={i18n.t("contacts.position")}
          value={draft().position}
          onChange={(position) => set({ position })}
          error={errorOf("position")}
        />
        <Select
          label={i18n.t("contacts.role")}
          options={contactRoles.map((role) => ({ value: role, label: i18n.t(`contacts.roles.${role}`) }))}
          value={draft().role}
          onChange={(role) => set({ role: role as ContactRole })}
          error={errorOf("role")}
        />
        <div class="client-form__check">
          <Checkbox
            label={i18n.t("contacts.primary")}
            checked={draft().isPrimary}
            onChange={(isPrimary) => set({ isPrimary })}
          />
        </div>
        <TextField
          label={i18n.t("contacts.phones")}
          type="tel"
          value={draft().phones}
          onChange={(phones) => set({ phones })}
          description={i18n.t("clients.form.commas")}
          error={errorOf("phones")}
        />
        <TextField
          label={i18n.t("contacts.emails")}
          value={draft().emails}
          onChange={(emails) => set({ emails })}
          description={i18n.t("clients.form.commas")}
          error={errorOf("emails")}
        />
      </div>
    </FormDialog>
  );
}
