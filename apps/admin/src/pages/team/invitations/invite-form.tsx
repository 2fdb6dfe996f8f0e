import { Callout, CopyField, IconMail, TextField } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { useServerForm } from "../../../lib/server-form.ts";
import { RoleSelect } from "../role-select.tsx";
import "./invite-form.css";

/**
 * Invites someone by email with a role (`core.invitations.create`) and shows the link the
 * server returns, with a copy button; the server's field messages appear under the fields.
 */
export function InviteForm(props: { class?: string }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const form = useServerForm(["email", "role"]);
  const [email, setEmail] = createSignal("");
  const [role, setRole] = createSignal("member");
  const [invited, setInvited] = createSignal<{ email: string; link: string } | null>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await form.run(() =>
      trpc.core.invitations.create.mutate({ email: email().trim(), role: role() }),
    );
    if (!result.ok) return;
    setInvited({ email: result.value.email, link: result.value.link });
    setEmail("");
    await invalidateOrg(queryClient, org.id(), "invitations");
  };
  return (
    <div class={`invite-form${props.class ? ` ${props.class}` : ""}`}>
      <form class="invite-form__row" onSubmit={submit} noValidate>
        <TextField
          class="invite-form__email"
          label={i18n.t("invitations.email")}
          type="email"
          placeholder={i18n.t("invitations.emailPlaceholder")}
          value={email()}
          onChange={(value) => {
            setEmail(value);
            form.clear("email");
          }}
          error={form.fieldErrors().email}
        />
        <RoleSelect
          label={i18n.t("invitations.role")}
          value={role()}
          onChange={setRole}
          error={form.fieldErrors().role}
          submitLabel={i18n.t("invitations.submit")}
          submitIcon={<IconMail />}
          busy={form.busy()}
        />
      </form>
      <Show when={form.formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
      <Show when={invited()}>
        {(done) => (
          <Callout tone="success" title={i18n.t("invitations.created", { email: done().email })}>
            <div class="q-stack q-gap-2">
              <span>{i18n.t("invitations.linkHint")}</span>
              <CopyField label={i18n.t("invitations.link")} value={done().link} />
            </div>
          </Callout>
        )}
      </Show>
    </div>
  );
}
