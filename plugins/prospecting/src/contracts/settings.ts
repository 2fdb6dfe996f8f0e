import { labelled } from "@quartet/core/plugin";
import { z } from "zod";
import { m } from "./messages.ts";

const secret = z.string().trim().max(256);
const telegram = { ru: "Telegram", en: "Telegram" };
const leads = { ru: "Лиды и обзвон", en: "Leads and calls" };
const forms = { ru: "Формы на сайте и вебхуки", en: "Website forms and webhooks" };

/**
 * The settings of prospecting, all with defaults so enabling needs none. Tokens are secret:
 * the host masks them before they leave the server. Each carries its label for the settings
 * form on the functions page.
 */
export const prospectingSettings = z.object({
  /** The bot's token from @BotFather (`123456:ABC…`). */
  telegramBotToken: labelled(secret.default(""), {
    title: { ru: "Токен Telegram-бота", en: "Telegram bot token" },
    section: telegram,
    description: { ru: "Выдаёт @BotFather: 123456:ABC…", en: "Issued by @BotFather: 123456:ABC…" },
  }),
  /** Telegram echoes it in `X-Telegram-Bot-Api-Secret-Token`; 1–256 of `A-Z a-z 0-9 _ -`. */
  telegramWebhookSecret: labelled(
    secret.refine((v) => v === "" || /^[A-Za-z0-9_-]{1,256}$/.test(v), m.tokenFormat).default(""),
    {
      title: { ru: "Секрет вебхука Telegram", en: "Telegram webhook secret" },
      section: telegram,
      description: {
        ru: "Telegram присылает его в каждом запросе; латиница, цифры, _ и -",
        en: "Telegram sends it with every update; letters, digits, _ and -",
      },
      invalid: {
        ru: "От 1 до 256 знаков: латиница, цифры, _ и -",
        en: "1 to 256 of letters, digits, _ and -",
      },
    },
  ),
  /** Sent to a new Telegram chat; empty sends nothing. */
  telegramAutoReply: labelled(
    z.string().max(4096).default("Здравствуйте! Мы получили ваше сообщение и скоро ответим."),
    {
      title: { ru: "Автоответ в Telegram", en: "Telegram auto-reply" },
      section: telegram,
      description: {
        ru: "Первый ответ в новом чате; пусто — не отвечать",
        en: "First answer in a new chat; empty sends none",
      },
    },
  ),
  /** The health page compares this week's qualified leads with it; 0: no target, so never judged. */
  qualifiedLeadsTargetPerWeek: labelled(z.number().int().min(0).max(100_000).default(0), {
    title: { ru: "План квалифицированных лидов в неделю", en: "Qualified leads per week (target)" },
    section: leads,
    description: { ru: "0 — план не задан", en: "0: no target" },
    invalid: { ru: "Целое число от 0 до 100 000", en: "A whole number from 0 to 100,000" },
  }),
  /** Qualifying a request asks core for a handoff to first sale. */
  autoHandoffToFirstSale: labelled(z.boolean().default(true), {
    title: { ru: "Передавать лида в первую продажу", en: "Hand leads over to first sale" },
    section: leads,
    description: {
      ru: "Квалифицированный лид сразу уходит охотникам",
      en: "A qualified lead goes to the hunters at once",
    },
  }),
  /** Default of new campaigns: a booked callback returns to the caller who booked it. */
  callbackToSameCaller: labelled(z.boolean().default(true), {
    title: { ru: "Перезвон — тому же оператору", en: "Callbacks go to the same caller" },
    section: leads,
    description: {
      ru: "Значение по умолчанию для новых кампаний обзвона",
      en: "The default for new call campaigns",
    },
  }),
  /** Where the public endpoints are reached (`https://crm.example.ru`), for snippets and webhooks. */
  publicUrl: labelled(z.union([z.literal(""), z.url({ protocol: /^https?$/ })]).default(""), {
    title: { ru: "Публичный адрес сервера", en: "Public server address" },
    section: forms,
    description: {
      ru: "Для кода форм и вебхуков, например https://crm.example.ru",
      en: "For form snippets and webhooks, e.g. https://crm.example.ru",
    },
    invalid: { ru: "Адрес вида https://crm.example.ru", en: "An address like https://crm.example.ru" },
  }),
  /** Form posts accepted per minute from one address, per form and server process. */
  formPostsPerMinute: labelled(z.number().int().min(1).max(10_000).default(10), {
    title: { ru: "Заявок с формы в минуту с одного адреса", en: "Form posts per minute from one address" },
    section: forms,
    description: { ru: "Защита от спама, от 1 до 10 000", en: "Spam protection, 1 to 10,000" },
  }),
  /** Read the client's address from `X-Forwarded-For` (only behind a proxy you run). */
  trustForwardedFor: labelled(z.boolean().default(false), {
    title: { ru: "Брать адрес посетителя у своего прокси", en: "Trust X-Forwarded-For" },
    section: forms,
    description: {
      ru: "Включайте, только если сервер стоит за вашим обратным прокси: адрес берётся из его заголовка",
      en: "Only behind a reverse proxy you run",
    },
  }),
});

/** Parsed settings. */
export type ProspectingSettings = z.output<typeof prospectingSettings>;

/** Setting keys the host never sends back to a browser. */
export const secretSettingKeys = ["telegramBotToken", "telegramWebhookSecret"] as const;
