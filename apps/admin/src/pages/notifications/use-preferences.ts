import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import type { OutputOf } from "../../lib/api-types.ts";
import { orgKey } from "../../lib/org-key.ts";
import type { QuartetClient } from "../../lib/trpc.ts";

type Api = QuartetClient["core"]["notifications"];

/** The member's notification settings: each type's channels, and whether Telegram can be and is linked. */
export type Preferences = OutputOf<Api["preferences"]["get"]>;
/** One notification type with its channels. */
export type PreferenceRow = Preferences["types"][number];
/** A channel a notification can go through. */
export type Channel = keyof PreferenceRow["channels"];
/** A fresh Telegram link: the bot's deep link and when its code expires. */
export type TelegramLink = OutputOf<Api["telegram"]["linkStart"]>;

/** The channels in the order the settings table shows them. */
export const channels: readonly Channel[] = ["inApp", "email", "telegram"];

/**
 * `core.notifications.preferences`: the settings in the current language (labels are worded by the
 * server), asked for again every few seconds while `waitingForTelegram` (a link is open in Telegram).
 */
export function usePreferences(waitingForTelegram: () => boolean) {
  const { trpc, org } = useApi();
  const i18n = useT();
  const queryClient = useQueryClient();
  const key = () => orgKey(org.id(), "notifications", "preferences", i18n.locale());
  const query = useQuery(() => ({
    queryKey: key(),
    queryFn: () => trpc.core.notifications.preferences.get.query(),
    refetchInterval: waitingForTelegram() ? 3000 : false,
  }));
  return {
    query,
    /** Switches one channel of one type; the server's answer replaces the settings on screen. */
    set: async (type: string, channel: Channel, enabled: boolean) => {
      const answer = await trpc.core.notifications.preferences.set.mutate({ type, channel, enabled });
      queryClient.setQueryData(key(), answer);
    },
    /** Starts linking Telegram: the deep link to open in Telegram. */
    linkStart: () => trpc.core.notifications.telegram.linkStart.mutate(),
    /** Unlinks Telegram and reads the settings again. */
    unlink: async () => {
      await trpc.core.notifications.telegram.unlink.mutate();
      await queryClient.invalidateQueries({ queryKey: key() });
    },
  };
}
