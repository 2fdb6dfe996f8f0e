import { Button, Callout, Card, Checkbox, CopyField, I18nProvider, StatusPill, showToast } from "@quartet/ui";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { failureOf, useCan, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { perm } from "../permissions.ts";
import { TelegramSettings } from "./telegram-settings.tsx";
import "../prospecting.css";

/**
 * `/leads/telegram`: the bot's connection. The token and auto-reply (for those who may change
 * settings), then connect: the webhook address to copy, or registered with Telegram at once.
 */
export default function TelegramPage(): JSX.Element {
  const api = useProspectingApi();
  const can = useCan();
  const [status, { refetch }] = createResource(() => api.telegram.status.query());
  const [webhookUrl, setWebhookUrl] = createSignal<string | null>(null);
  const [register, setRegister] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      void refetch();
    } catch (cause) {
      setError(failureOf(cause).message);
    } finally {
      setBusy(false);
    }
  };
  const connect = () =>
    act(async () => {
      const result = await api.telegram.connect.mutate({
        publicUrl: window.location.origin,
        registerWebhook: register(),
      });
      setWebhookUrl(result.webhookUrl);
    });
  const disconnect = () =>
    act(async () => {
      await api.telegram.disconnect.mutate();
      setWebhookUrl(null);
      showToast({ title: i18n.t("telegram.disconnected"), tone: "success" });
    });
  const address = () => webhookUrl() ?? status()?.webhookUrl ?? null;
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container pr-page">
        <div class="q-stack q-gap-1">
          <h1>{i18n.t("telegram.title")}</h1>
          <p class="q-muted">{i18n.t("telegram.intro")}</p>
        </div>
        <Show when={status()}>
          {(s) => (
            <>
              <Show
                when={can(perm.pluginsManage) && can(perm.pluginsRead)}
                fallback={<Callout tone="info">{i18n.t("telegram.noSettingsAccess")}</Callout>}
              >
                <TelegramSettings tokenSet={s().tokenSet} onSaved={() => void refetch()} />
              </Show>
              <Card title={i18n.t("telegram.connection")} description={i18n.t("telegram.webhookHint")}>
                <div class="pr-stack">
                  <StatusPill status={s().connected ? "ok" : "inactive"}>
                    {s().connected
                      ? i18n.t("telegram.connectedAt", { date: i18n.formatDateTime(s().connectedAt ?? 0) })
                      : i18n.t("telegram.notConnected")}
                  </StatusPill>
                  <Show when={address()}>
                    {(url) => <CopyField label={i18n.t("telegram.webhook")} value={url()} />}
                  </Show>
                  <Checkbox label={i18n.t("telegram.register")} checked={register()} onChange={setRegister} />
                  <Show when={error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
                  <div class="pr-actions">
                    <Button
                      variant="primary"
                      loading={busy()}
                      disabled={!s().tokenSet}
                      onClick={() => void connect()}
                    >
                      {i18n.t("telegram.connect")}
                    </Button>
                    <Show when={s().connected}>
                      <Button variant="danger" disabled={busy()} onClick={() => void disconnect()}>
                        {i18n.t("telegram.disconnect")}
                      </Button>
                    </Show>
                  </div>
                </div>
              </Card>
            </>
          )}
        </Show>
      </div>
    </I18nProvider>
  );
}
