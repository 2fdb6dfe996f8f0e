import { Button, Callout, Card, StatusPill, showToast, TextField } from "@quartet/ui";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { failureOf, useCoreApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/** A webhook secret of 32 letters and digits, made in the browser: Telegram echoes it, nobody types it. */
function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, "0"))
    .join("")
    .slice(0, 32);
}

/**
 * The bot's token and auto-reply, kept in prospecting's settings. The token is a secret: the
 * server never sends it back, so the screen says only whether it is set and offers to replace it.
 * A webhook secret is made along with the first token.
 */
export function TelegramSettings(props: { tokenSet: boolean; onSaved: () => void }): JSX.Element {
  const core = useCoreApi();
  const [settings, { refetch }] = createResource(async () => {
    const { plugins } = await core.plugins.list.query();
    return (plugins.find((p) => p.id === "prospecting")?.settings ?? {}) as Record<string, unknown>;
  });
  const [replacing, setReplacing] = createSignal(false);
  const [token, setToken] = createSignal("");
  const [autoReply, setAutoReply] = createSignal<string | null>(null);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [busy, setBusy] = createSignal(false);
  const reply = () => autoReply() ?? String(settings()?.telegramAutoReply ?? "");
  const save = async () => {
    const current = settings() ?? {};
    const next: Record<string, unknown> = { ...current, telegramAutoReply: reply() };
    if (token().trim()) {
      next.telegramBotToken = token().trim();
      if (!current.telegramWebhookSecret) next.telegramWebhookSecret = newWebhookSecret();
    }
    setBusy(true);
    setErrors({});
    try {
      await core.plugins.updateSettings.mutate({ pluginId: "prospecting", settings: next });
      setToken("");
      setReplacing(false);
      showToast({ title: i18n.t("telegram.saved"), tone: "success" });
      void refetch();
      props.onSaved();
    } catch (error) {
      const failure = failureOf(error);
      setErrors({ ...failure.fields, form: failure.message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={i18n.t("telegram.token")}>
      <div class="pr-stack">
        <div class="pr-actions">
          <StatusPill status={props.tokenSet ? "ok" : "inactive"}>
            {props.tokenSet ? i18n.t("telegram.tokenSet") : i18n.t("telegram.tokenMissing")}
          </StatusPill>
          <Show when={!replacing()}>
            <Button size="sm" onClick={() => setReplacing(true)}>
              {props.tokenSet ? i18n.t("telegram.replaceToken") : i18n.t("telegram.setToken")}
            </Button>
          </Show>
        </div>
        <Show when={replacing()}>
          <TextField
            label={i18n.t("telegram.newToken")}
            type="password"
            autocomplete="off"
            autofocus
            value={token()}
            onChange={setToken}
            error={errors().telegramBotToken}
          />
        </Show>
        <TextField
          label={i18n.t("telegram.autoReply")}
          description={i18n.t("telegram.autoReplyHint")}
          multiline
          value={reply()}
          onChange={setAutoReply}
          error={errors().telegramAutoReply}
        />
        <Show when={errors().form && Object.keys(errors()).length === 1}>
          <Callout tone="danger">{errors().form}</Callout>
        </Show>
        <div>
          <Button variant="primary" loading={busy()} onClick={() => void save()}>
            {i18n.t("telegram.save")}
          </Button>
        </div>
      </div>
    </Card>
  );
}
