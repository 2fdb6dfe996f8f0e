import { defineNotification, type LocalizedText, type StaffMessenger } from "@quartet/core";
import { eq } from "drizzle-orm";
import { type RequestChannel, type RequestReceived, requestReceived } from "../contracts/events.ts";
import type { ProspectingSettings } from "../contracts/settings.ts";
import { telegramBots } from "../db/channels.ts";
import { requests } from "../db/requests.ts";
import type { ProspectingPorts } from "./context.ts";

const channelNames: Record<RequestChannel, LocalizedText> = {
  "web-form": { en: "web form", ru: "веб-форма" },
  telegram: { en: "Telegram", ru: "Telegram" },
  call: { en: "call", ru: "звонок" },
  email: { en: "email", ru: "письмо" },
  manual: { en: "entered by hand", ru: "внесена вручную" },
};

const noName: LocalizedText = { en: "no name", ru: "без имени" };

/**
 * A request came in (a form post, a Telegram chat, an interested call): every member who covers
 * prospecting hears of it at once, in the bell and by Telegram, and it opens the request in the inbox.
 */
export const requestReceivedNotification = defineNotification<RequestReceived, ProspectingSettings>({
  type: "prospecting.request.received",
  label: { en: "A new request came in", ru: "Пришла новая заявка" },
  defaultChannels: ["inApp", "telegram"],
  text: {
    title: { en: "New request: {name}", ru: "Новая заявка: {name}" },
    body: { en: "Channel: {channel}", ru: "Канал: {channel}" },
  },
  link: (params) => `/leads?request=${params.requestId}`,
  on: {
    event: requestReceived,
    async recipients(ctx, event) {
      const [request] = await ctx.org.db
        .select({
          name: requests.contactName,
          company: requests.contactCompany,
          phone: requests.contactPhone,
          email: requests.contactEmail,
        })
        .from(requests)
        .where(eq(requests.id, event.payload.requestId));
      const name = request?.name ?? request?.company ?? request?.phone ?? request?.email ?? noName;
      const params = {
        requestId: event.payload.requestId,
        name,
        channel: channelNames[event.payload.channel],
      };
      return (await ctx.staff.covering("prospecting")).map((recipientId) => ({ recipientId, params }));
    },
  },
});

/** Prospecting's notification types. */
export const prospectingNotifications = [requestReceivedNotification];

/**
 * The staff messenger prospecting provides: direct messages from the organisation's connected bot.
 * The bot's username (for `https://t.me/<bot>?start=<code>`) is asked of Telegram once per token.
 */
export function prospectingStaffMessenger(ports: ProspectingPorts): StaffMessenger<ProspectingSettings> {
  const usernames = new Map<string, string>();
  return {
    channel: "telegram",
    async available(ctx) {
      if (!ctx.settings?.telegramBotToken) return false;
      const [bot] = await ctx.org.db
        .select({ id: telegramBots.id })
        .from(telegramBots)
        .where(eq(telegramBots.active, true));
      return bot !== undefined;
    },
    async linkUrl(ctx, code) {
      const token = ctx.settings.telegramBotToken;
      const username = usernames.get(token) ?? (await ports.telegram.getMe(token)).username;
      usernames.set(token, username);
      return `https://t.me/${username}?start=${code}`;
    },
    send: (ctx, chatId, text) => ports.telegram.sendMessage(ctx.settings.telegramBotToken, chatId, text),
  };
}
