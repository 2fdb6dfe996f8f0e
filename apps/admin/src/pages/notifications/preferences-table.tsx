import { Card, EmptyState, IconBell, Switch } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { type AppI18n, useT } from "../../i18n/index.ts";
import { runAction } from "../../lib/run-action.ts";
import { type Channel, channels, type PreferenceRow, type Preferences } from "./use-preferences.ts";

const channelKeys = {
  inApp: "notifications.preferences.inApp",
  email: "notifications.preferences.email",
  telegram: "notifications.preferences.telegram",
} as const satisfies Record<Channel, string>;

/** A channel's name in the current language. */
function channelName(i18n: AppI18n, channel: Channel): string {
  return i18n.t(channelKeys[channel]);
}

/**
 * The table of notification types × channels (in the app, email, Telegram when the organisation
 * has a bot), one switch a cell, saved at once with a toast saying what changed.
 */
export function PreferencesTable(props: {
  preferences: Preferences;
  onSet: (type: string, channel: Channel, enabled: boolean) => Promise<void>;
}): JSX.Element {
  const i18n = useT();
  const shown = () =>
    channels.filter((channel) => channel !== "telegram" || props.preferences.telegram.available);
  const set = (row: PreferenceRow, channel: Channel, enabled: boolean) => {
    const words = { type: row.label, channel: channelName(i18n, channel) };
    return runAction(
      i18n,
      () => props.onSet(row.type, channel, enabled),
      i18n.t(enabled ? "notifications.preferences.on" : "notifications.preferences.off", words),
    );
  };
  return (
    <Card title={i18n.t("notifications.preferences.types")} padding="flush">
      <Show
        when={props.preferences.types.length > 0}
        fallback={<EmptyState icon={<IconBell />} title={i18n.t("notifications.preferences.none")} />}
      >
        <div class="notif-prefs__scroll">
          <table class="notif-prefs">
            <thead>
              <tr>
                <th scope="col">{i18n.t("notifications.preferences.type")}</th>
                <For each={shown()}>{(channel) => <th scope="col">{channelName(i18n, channel)}</th>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={props.preferences.types}>
                {(row) => (
                  <tr>
                    <th scope="row">{row.label}</th>
                    <For each={shown()}>
                      {(channel) => (
                        <td>
                          <Switch
                            label={i18n.t("notifications.preferences.switchLabel", {
                              type: row.label,
                              channel: channelName(i18n, channel),
                            })}
                            labelHidden
                            checked={row.channels[channel]}
                            onChange={(enabled) => void set(row, channel, enabled)}
                          />
                        </td>
                      )}
                    </For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Show when={props.preferences.telegram.available && !props.preferences.telegram.linked}>
          <p class="notif-prefs__hint q-muted">{i18n.t("notifications.preferences.needsTelegram")}</p>
        </Show>
      </Show>
    </Card>
  );
}
