import { LoadFailed, Spinner, showToast } from "@quartet/ui";
import { createEffect, createSignal, type JSX, Match, on, Switch } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { PreferencesTable } from "./preferences-table.tsx";
import { TelegramLinkCard } from "./telegram-link-card.tsx";
import { type TelegramLink, usePreferences } from "./use-preferences.ts";
import "./notifications.css";

/**
 * `/settings/notifications`: the member's own notification settings, what comes through which
 * channel, and their Telegram link. While a link is open the page checks for the bot's confirmation.
 */
export default function PreferencesPage(): JSX.Element {
  const i18n = useT();
  const [link, setLink] = createSignal<TelegramLink | null>(null);
  const prefs = usePreferences(() => link() !== null);
  usePageTitle(() => i18n.t("notifications.preferences.title"));
  // Once the bot confirms, the link has done its work.
  createEffect(
    on(
      () => prefs.query.data?.telegram.linked,
      (linked) => {
        if (!linked || !link()) return;
        setLink(null);
        showToast({ title: i18n.t("notifications.telegram.linkedNow"), tone: "success" });
      },
    ),
  );
  return (
    <RequirePermission permission="core.notifications.use">
      <div class="q-container notif-page">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("notifications.preferences.title")}</h1>
            <p class="q-muted">{i18n.t("notifications.preferences.subtitle")}</p>
          </div>
        </div>
        <Switch
          fallback={
            <div class="card-loading">
              <Spinner />
            </div>
          }
        >
          <Match when={prefs.query.isError && !prefs.query.data}>
            <LoadFailed onRetry={() => prefs.query.refetch()} />
          </Match>
          <Match when={prefs.query.data}>
            {(data) => (
              <div class="q-stack q-gap-6">
                <PreferencesTable preferences={data()} onSet={prefs.set} />
                <TelegramLinkCard
                  telegram={data().telegram}
                  link={link()}
                  onLinkStart={async () => {
                    setLink(await prefs.linkStart());
                  }}
                  onUnlink={prefs.unlink}
                />
              </div>
            )}
          </Match>
        </Switch>
      </div>
    </RequirePermission>
  );
}
