import type { ServiceContext } from "../context.ts";

/**
 * A direct-message channel to staff that a plugin provides (`staffMessenger` in its manifest):
 * prospecting provides `telegram` through the organisation's bot. Core keeps who linked which
 * chat; the plugin only says whether it can send, builds the link a member opens to link their
 * chat, and sends. `send` throws on failure: the host retries through the outbox.
 *
 * @example staffMessenger: { channel: "telegram", available: async (ctx) => Boolean(ctx.settings.telegramBotToken), linkUrl, send }
 */
export type StaffMessenger<S = unknown> = {
  channel: "telegram";
  /** True when the organisation has a bot connected that can message staff. */
  available(ctx: ServiceContext<S>): Promise<boolean>;
  /** The deep link that opens the bot with `code` (e.g. `https://t.me/<bot>?start=<code>`). */
  linkUrl(ctx: ServiceContext<S>, code: string): Promise<string>;
  send(ctx: ServiceContext<S>, chatId: string, text: string): Promise<void>;
};

/**
 * What the host offers a plugin's inbound handler (`staffLinks` on a hook resolution): claims a
 * link code a member sent to the bot and links that chat to them. Null when the code is unknown
 * or expired; else the member's language, to word the confirmation in.
 */
export type StaffLinkPort = {
  claim(code: string, chatId: string): Promise<{ locale: "ru" | "en" } | null>;
};

/** The prefix of a staff link code, so `/start <code>` is told apart from a campaign's start payload. */
export const staffLinkPrefix = "staff-";

/** True for a `/start` payload that is a staff link code rather than a campaign tag. */
export function isStaffLinkCode(payload: string | null): payload is string {
  return (payload ?? "").startsWith(staffLinkPrefix) && (payload ?? "").length > staffLinkPrefix.length;
}
