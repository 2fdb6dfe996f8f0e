import { Button, Callout, Card, Checkbox, Switch, showToast, TagInput, TextField } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { roleOptions, useRoles } from "../../../lib/roles.ts";
import { useServerForm } from "../../../lib/server-form.ts";
import { type MailboxDraft, mailboxDraft, mailboxInput } from "./mailbox-draft.ts";
import type { MailboxView } from "./queries.ts";
import { ServerFields } from "./server-fields.tsx";

const fields = [
  "name",
  "address",
  "folders",
  "roles",
  ...["imap", "smtp"].flatMap((p) => ["host", "port", "user", "password"].map((f) => `${p}.${f}`)),
];

/**
 * Connects a mailbox or changes one: its name and address, IMAP server, folders to watch, the
 * roles that see its letters (admins always do) and, when switched on, its own SMTP server for
 * replies. Saving checks it at once, so a wrong password shows on the list, worded.
 */
export function MailboxForm(props: { stored?: MailboxView; onDone: () => void }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const roles = useRoles();
  const [draft, setDraft] = createSignal<MailboxDraft>(mailboxDraft(props.stored));
  const form = useServerForm(fields);
  const set = (patch: Partial<MailboxDraft>) => setDraft({ ...draft(), ...patch });
  const save = async () => {
    const result = await form.run(async () => {
      const { id } = await trpc.core.mail.mailboxes.save.mutate(mailboxInput(draft()));
      return trpc.core.mail.mailboxes.poll.mutate({ id });
    });
    if (!result.ok) return;
    showToast({ title: i18n.t("mailboxes.saved"), tone: "success" });
    await invalidateOrg(queryClient, org.id(), "mail");
    props.onDone();
  };
  const toggleRole = (role: string, on: boolean) =>
    set({ roles: on ? [...draft().roles, role] : draft().roles.filter((r) => r !== role) });
  return (
    <Card title={props.stored ? props.stored.address : i18n.t("mailboxes.add")}>
      <div class="q-stack q-gap-4 mailbox-form">
        <Show when={form.formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
        <div class="mailbox-form__pair">
          <TextField
            label={i18n.t("mailboxes.name")}
            value={draft().name}
            onChange={(name) => set({ name })}
            placeholder={i18n.t("mailboxes.namePlaceholder")}
            error={form.fieldErrors().name}
          />
          <TextField
            label={i18n.t("mailboxes.address")}
            type="email"
            value={draft().address}
            onChange={(address) => set({ address })}
            placeholder="sales@company.ru"
            error={form.fieldErrors().address}
          />
        </div>
        <h3 class="mailbox-form__heading">{i18n.t("mailboxes.imapTitle")}</h3>
        <ServerFields
          prefix="imap"
          value={draft().imap}
          onChange={(imap) => set({ imap })}
          errors={form.fieldErrors()}
          stored={props.stored !== undefined}
        />
        <TagInput
          label={i18n.t("mailboxes.folders")}
          description={i18n.t("mailboxes.foldersHint")}
          value={draft().folders}
          onChange={(folders) => set({ folders })}
          error={form.fieldErrors().folders}
        />
        <fieldset class="mailbox-form__roles">
          <legend>{i18n.t("mailboxes.roles")}</legend>
          <p class="q-muted mailbox-form__hint">{i18n.t("mailboxes.rolesHint")}</p>
          <For each={roleOptions(i18n, roles.data).filter((o) => o.value !== "admin")}>
            {(option) => (
              <Checkbox
                label={option.label}
                checked={draft().roles.includes(option.value)}
                onChange={(on) => toggleRole(option.value, on)}
              />
            )}
          </For>
        </fieldset>
        <h3 class="mailbox-form__heading">{i18n.t("mailboxes.smtpTitle")}</h3>
        <Switch
          label={i18n.t("mailboxes.ownSmtp")}
          description={i18n.t("mailboxes.ownSmtpHint")}
          checked={draft().ownSmtp}
          onChange={(ownSmtp) => set({ ownSmtp })}
        />
        <Show when={draft().ownSmtp}>
          <ServerFields
            prefix="smtp"
            value={draft().smtp}
            onChange={(smtp) => set({ smtp })}
            errors={form.fieldErrors()}
            stored={props.stored?.smtp != null}
          />
        </Show>
        <div class="mailbox-form__actions">
          <Button variant="primary" loading={form.busy()} onClick={save}>
            {i18n.t("mailboxes.save")}
          </Button>
          <Button variant="ghost" onClick={() => props.onDone()}>
            {i18n.t("mailboxes.cancel")}
          </Button>
        </div>
      </div>
    </Card>
  );
}
