import { type ChannelChoice, channelsFor } from "./channels.ts";
import type { NotificationChannel, NotificationDraft, NotificationParams } from "./define-notification.ts";

/** One notification to store: its recipient, params, dedupe key and the channels it goes out on. */
export type PlannedNotification = {
  recipientId: string;
  params: NotificationParams;
  dedupeKey: string;
  channels: Record<NotificationChannel, boolean>;
};

/**
 * Turns a producer's drafts into notifications to store: recipients who are not members of the
 * organisation are dropped, a draft without a key gets `fallbackKey` (the event's), a repeated
 * (recipient, key) counts once, and a member who switched every channel of the type off gets
 * nothing.
 *
 * @example planDeliveries([{ recipientId: "usr_a", params: {} }], { members: new Set(["usr_a"]), defaults: ["inApp"], choices: new Map(), fallbackKey: "evt_1" })
 */
export function planDeliveries(
  drafts: readonly NotificationDraft[],
  input: {
    members: ReadonlySet<string>;
    defaults: readonly NotificationChannel[];
    choices: ReadonlyMap<string, readonly ChannelChoice[]>;
    fallbackKey: string | null;
  },
): PlannedNotification[] {
  const seen = new Set<string>();
  const planned: PlannedNotification[] = [];
  for (const draft of drafts) {
    const dedupeKey = draft.dedupeKey ?? input.fallbackKey;
    if (dedupeKey === null || !input.members.has(draft.recipientId)) continue;
    const key = `${draft.recipientId}\u0000${dedupeKey}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const channels = channelsFor(input.defaults, input.choices.get(draft.recipientId) ?? []);
    if (!Object.values(channels).some(Boolean)) continue;
    planned.push({ recipientId: draft.recipientId, params: draft.params, dedupeKey, channels });
  }
  return planned;
}
