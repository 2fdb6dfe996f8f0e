import { type NotificationChannel, notificationChannels } from "./define-notification.ts";

/** A member's stored choice for one type and channel. */
export type ChannelChoice = { channel: NotificationChannel; enabled: boolean };

/**
 * The channels a member gets a type on: the type's defaults, overridden by the member's choices.
 *
 * @example channelsFor(["inApp"], [{ channel: "email", enabled: true }]) // { inApp: true, email: true, telegram: false }
 */
export function channelsFor(
  defaults: readonly NotificationChannel[],
  choices: readonly ChannelChoice[],
): Record<NotificationChannel, boolean> {
  const result = Object.fromEntries(
    notificationChannels.map((channel) => [channel, defaults.includes(channel)]),
  ) as Record<NotificationChannel, boolean>;
  for (const choice of choices) result[choice.channel] = choice.enabled;
  return result;
}
