import { z } from "zod";

const secret = z.string().trim().max(256);

/**
 * The settings of prospecting, all with defaults so enabling needs none. Tokens are secret:
 * the host masks them before they leave the server.
 */
export const prospectingSettings = z.object({
  /** The bot's token from @BotFather (`123456:ABC…`). */
  telegramBotToken: secret.default(""),
  /** Telegram echoes it in `X-Telegram-Bot-Api-Secret-Token`; 1–256 of `A-Z a-z 0-9 _ -`. */
  telegramWebhookSecret: secret
    .refine((v) => v === "" || /^[A-Za-z0-9_-]{1,256}$/.test(v), "Use 1–256 letters, digits, _ or -")
    .default(""),
  /** Sent to a new Telegram chat; empty sends nothing. */
  telegramAutoReply: z
    .string()
    .max(4096)
    .default("Здравствуйте! Мы получили ваше сообщение и скоро ответим."),
  /** The health page compares this week's qualified leads with it. */
  qualifiedLeadsTargetPerWeek: z.number().int().min(0).max(100_000).default(20),
  /** Qualifying a request asks core for a handoff to first sale. */
  autoHandoffToFirstSale: z.boolean().default(true),
  /** Default of new campaigns: a booked callback returns to the caller who booked it. */
  callbackToSameCaller: z.boolean().default(true),
  /** Where the public endpoints are reached (`https://crm.example.ru`), for snippets and webhooks. */
  publicUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/ })]).default(""),
  /** Form posts accepted per minute from one address, per form and server process. */
  formPostsPerMinute: z.number().int().min(1).max(10_000).default(10),
  /** Read the client's address from `X-Forwarded-For` (only behind a proxy you run). */
  trustForwardedFor: z.boolean().default(false),
});

/** Parsed settings. */
export type ProspectingSettings = z.output<typeof prospectingSettings>;

/** Setting keys the host never sends back to a browser. */
export const secretSettingKeys = ["telegramBotToken", "telegramWebhookSecret"] as const;
