import { Button, Callout, Card, showToast, TextField } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg, orgKey } from "../../../lib/org-key.ts";
import { useServerForm } from "../../../lib/server-form.ts";

/**
 * «Сервис реквизитов»: the organisation's DaData-compatible API key (`core.registry.setToken`,
 * administrators only). The key is written, never read back: the card only knows whether one is set.
 */
export function RegistryCard(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const form = useServerForm(["token"]);
  const [token, setToken] = createSignal("");
  const status = useQuery(() => ({
    queryKey: orgKey(org.id(), "registry", "status"),
    queryFn: () => trpc.core.registry.status.query(),
  }));
  const save = async (next: string) => {
    const result = await form.run(() => trpc.core.registry.setToken.mutate({ token: next }));
    if (!result.ok) return;
    setToken("");
    showToast({
      title: i18n.t(next ? "registry.settings.saved" : "registry.settings.removed"),
      tone: "success",
    });
    await invalidateOrg(queryClient, org.id(), "registry");
  };
  return (
    <Card title={i18n.t("registry.settings.title")} description={i18n.t("registry.settings.description")}>
      <form
        class="org-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(token().trim());
        }}
      >
        <Show when={form.formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
        <Show when={status.data}>
          {(known) => (
            <Callout tone={known().configured ? "success" : "info"}>
              {i18n.t(
                known().configured ? "registry.settings.configured" : "registry.settings.notConfigured",
              )}
            </Callout>
          )}
        </Show>
        <TextField
          label={i18n.t("registry.settings.token")}
          type="password"
          autocomplete="off"
          value={token()}
          onChange={(value) => {
            setToken(value);
            form.clear("token");
          }}
          description={i18n.t("registry.settings.tokenHint")}
          error={form.fieldErrors().token}
        />
        <div class="org-form__actions">
          <Show when={status.data?.configured}>
            <Button variant="secondary" loading={form.busy()} onClick={() => void save("")}>
              {i18n.t("registry.settings.remove")}
            </Button>
          </Show>
          <Button type="submit" variant="primary" loading={form.busy()} disabled={token().trim() === ""}>
            {i18n.t("registry.settings.save")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
