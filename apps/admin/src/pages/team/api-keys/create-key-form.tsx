import { Callout, CopyField, IconKey, TextField } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { useServerForm } from "../../../lib/server-form.ts";
import { RoleSelect } from "../role-select.tsx";
import "../invitations/invite-form.css";

/** Creates an API key with a name and a role, then shows the key once with a copy button and a warning. */
export function CreateKeyForm(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const form = useServerForm(["name", "role"]);
  const [name, setName] = createSignal("");
  const [role, setRole] = createSignal("member");
  const [created, setCreated] = createSignal<string | null>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setCreated(null);
    const result = await form.run(() =>
      trpc.core.apiKeys.create.mutate({ name: name().trim(), role: role() }),
    );
    if (!result.ok) return;
    setCreated(result.value.key);
    setName("");
    await invalidateOrg(queryClient, org.id(), "apiKeys");
  };
  return (
    <div class="invite-form">
      <form class="invite-form__row" onSubmit={submit} noValidate>
        <TextField
          class="invite-form__email"
          label={i18n.t("apiKeys.name")}
          placeholder={i18n.t("apiKeys.namePlaceholder")}
          value={name()}
          onChange={(value) => {
            setName(value);
            form.clear("name");
          }}
          error={form.fieldErrors().name}
        />
        <RoleSelect
          label={i18n.t("apiKeys.role")}
          value={role()}
          onChange={setRole}
          error={form.fieldErrors().role}
          submitLabel={i18n.t("apiKeys.create")}
          submitIcon={<IconKey />}
          busy={form.busy()}
        />
      </form>
      <Show when={form.formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
      <Show when={created()}>
        {(key) => (
          <Callout tone="warning" title={i18n.t("apiKeys.onceTitle")}>
            <div class="q-stack q-gap-2">
              <span>{i18n.t("apiKeys.onceText")}</span>
              <CopyField label={i18n.t("apiKeys.key")} value={key()} />
            </div>
          </Callout>
        )}
      </Show>
    </div>
  );
}
