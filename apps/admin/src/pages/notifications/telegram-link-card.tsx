import { Button, Card, IconLink } from "@quartet/ui";
import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { runAction } from "../../lib/run-action.ts";
import type { Preferences, TelegramLink } from "./use-preferences.ts";

/**
 * Linking the member's Telegram to the organisation's bot: a button that fetches the bot's deep
 * link, shown with a short instruction until the bot confirms; the linked state and "unlink"; or,
 * when the organisation has no bot, who connects it and where.
 */
export function TelegramLinkCard(props: {
  telegram: Preferences["telegram"];
  link: TelegramLink | null;
  onLinkStart: () => Promise<void>;
  onUnlink: () => Promise<void>;
}): JSX.Element {
  const i18n = useT();
  const [busy, setBusy] = createSignal(false);
  const run = async (action: () => Promise<void>, success?: string) => {
    setBusy(true);
    await runAction(i18n, action, success);
    setBusy(false);
  };
  return (
    <Card title={i18n.t("notifications.telegram.title")}>
      <Switch>
        <Match when={!props.telegram.available}>
          <p class="q-muted">{i18n.t("notifications.telegram.noBot")}</p>
        </Match>
        <Match when={props.telegram.linked}>
          <div class="notif-telegram">
            <p>{i18n.t("notifications.telegram.linked")}</p>
            <div>
              <Button
                variant="secondary"
                loading={busy()}
                onClick={() => run(props.onUnlink, i18n.t("notifications.telegram.unlinked"))}
              >
                {i18n.t("notifications.telegram.unlink")}
              </Button>
            </div>
          </div>
        </Match>
        <Match when={!props.telegram.linked}>
          <div class="notif-telegram">
            <p>{i18n.t("notifications.telegram.notLinked")}</p>
            <Show
              when={props.link}
              fallback={
                <div>
                  <Button variant="primary" loading={busy()} onClick={() => run(props.onLinkStart)}>
                    {i18n.t("notifications.telegram.link")}
                  </Button>
                </div>
              }
            >
              {(link) => (
                <div class="notif-telegram__link">
                  <a
                    class="q-button"
                    data-variant="primary"
                    href={link().url}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    <IconLink size={16} />
                    <span>{i18n.t("notifications.telegram.open")}</span>
                  </a>
                  <p class="q-muted">{i18n.t("notifications.telegram.instruction")}</p>
                  <p class="q-subtle">
                    {i18n.t("notifications.telegram.expires", {
                      time: i18n.formatDate(link().expiresAt, { hour: "2-digit", minute: "2-digit" }),
                    })}
                  </p>
                </div>
              )}
            </Show>
          </div>
        </Match>
      </Switch>
    </Card>
  );
}
