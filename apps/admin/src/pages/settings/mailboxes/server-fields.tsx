import { Switch, TextField } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { ServerDraft } from "./mailbox-draft.ts";

/**
 * A mail server's fields (host, port, TLS, login, password) under `prefix` (`imap`, `smtp`): the
 * server's refusals land under `<prefix>.<field>`; a stored password shows as the server's marker.
 */
export function ServerFields(props: {
  prefix: "imap" | "smtp";
  value: ServerDraft;
  onChange: (value: ServerDraft) => void;
  errors: Record<string, string>;
  stored: boolean;
}): JSX.Element {
  const i18n = useT();
  const set = (patch: Partial<ServerDraft>) => props.onChange({ ...props.value, ...patch });
  const error = (field: string) => props.errors[`${props.prefix}.${field}`];
  return (
    <div class="mailbox-form__server">
      <TextField
        label={i18n.t("mailboxes.host")}
        value={props.value.host}
        onChange={(host) => set({ host })}
        placeholder={props.prefix === "imap" ? "imap.yandex.ru" : "smtp.yandex.ru"}
        autocomplete="off"
        error={error("host")}
      />
      <TextField
        label={i18n.t("mailboxes.port")}
        value={props.value.port}
        onChange={(port) => set({ port })}
        inputMode="numeric"
        error={error("port")}
      />
      <Switch label={i18n.t("mailboxes.tls")} checked={props.value.tls} onChange={(tls) => set({ tls })} />
      <TextField
        label={i18n.t("mailboxes.user")}
        value={props.value.user}
        onChange={(user) => set({ user })}
        autocomplete="off"
        error={error("user")}
      />
      <TextField
        label={i18n.t("mailboxes.password")}
        type="password"
        value={props.value.password}
        onChange={(password) => set({ password })}
        description={props.stored ? i18n.t("mailboxes.passwordKept") : undefined}
        autocomplete="new-password"
        error={error("password")}
      />
    </div>
  );
}
