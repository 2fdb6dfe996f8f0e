/** Fake installed plugins for browser tests of the functions page (this server build installs none). */
const text = (en: string, ru: string) => ({ en, ru });

const plugin = (overrides: Record<string, unknown>) => ({
  adds: [],
  version: "1.0.0",
  dependsOn: [],
  dependents: [],
  state: "available",
  lastError: null,
  misconfigured: null,
  settings: {},
  settingsSchema: null,
  secretSettings: [],
  ...overrides,
});

/** What `z.toJSONSchema` gives for a typical plugin's settings. */
const callsSchema = {
  type: "object",
  properties: {
    dailyLimit: {
      default: 50,
      type: "integer",
      minimum: 1,
      maximum: 500,
      description: "Calls per caller per day",
    },
    mode: { default: "round-robin", type: "string", enum: ["round-robin", "least-busy"] },
    botToken: { type: "string", title: { en: "Telegram bot token", ru: "Токен Telegram-бота" } },
    domains: { default: [], type: "array", items: { type: "string" } },
    recordCalls: { default: false, type: "boolean", title: { en: "Record calls", ru: "Записывать звонки" } },
    smtp: {
      type: "object",
      title: { en: "Mail server", ru: "Почтовый сервер" },
      properties: {
        host: { type: "string" },
        port: { default: 587, type: "integer", minimum: 1, maximum: 65535 },
      },
    },
  },
  required: ["botToken"],
};

/** Installed plugins as `core.plugins.list` would describe them: every state and feature of the page. */
export const stubPlugins = [
  plugin({
    id: "calls",
    function: "prospecting",
    name: text("Call lists", "Обзвон"),
    description: text(
      "Call lists, scripts and dispositions for callers.",
      "Списки обзвона, скрипты и итоги звонков.",
    ),
    adds: [
      text("Call lists and scripts", "Списки обзвона и скрипты"),
      text("A caller's screen", "Экран оператора"),
    ],
    version: "1.2.0",
    dependents: ["autodial"],
    state: "enabled",
    settingsSchema: callsSchema,
    secretSettings: ["botToken"],
    settings: {
      dailyLimit: 80,
      mode: "round-robin",
      botToken: "••••••",
      domains: ["romashka.ru"],
      recordCalls: true,
      smtp: { host: "smtp.romashka.ru", port: 587 },
    },
  }),
  plugin({
    id: "autodial",
    function: "prospecting",
    name: text("Autodialer", "Автодозвон"),
    description: text(
      "Dials the next number when a caller is free.",
      "Набирает следующий номер, как только оператор свободен.",
    ),
    dependsOn: ["calls"],
    state: "enabled",
  }),
  plugin({
    id: "webforms",
    function: "prospecting",
    name: text("Web forms", "Веб-формы"),
    description: text("Turns website forms into leads.", "Превращает заявки с сайта в лидов."),
    adds: [text("A form builder", "Конструктор форм")],
    dependsOn: ["leads-core"],
  }),
  plugin({
    id: "deals",
    function: "first-sale",
    name: text("Deals", "Сделки"),
    description: text("A pipeline from lead to money received.", "Воронка от лида до денег на счёте."),
    state: "failed",
    lastError: "onEnable failed: the pipeline has no stages",
  }),
  plugin({
    id: "tiers",
    function: "vip",
    name: text("VIP tiers", "VIP-уровни"),
    description: text(
      "Picks key clients by your criteria.",
      "Отбирает ключевых клиентов по вашим критериям.",
    ),
    state: "enabled",
    misconfigured: { threshold: "Expected a number" },
    settingsSchema: {
      type: "object",
      properties: { threshold: { type: "number", minimum: 0 } },
      required: ["threshold"],
    },
    settings: { threshold: "a lot" },
  }),
  plugin({
    id: "leads-core",
    function: null,
    name: text("Lead register", "Учёт лидов"),
    description: text(
      "The shared register of leads other plugins build on.",
      "Общий реестр лидов, на котором строятся другие модули.",
    ),
    dependents: ["webforms"],
  }),
];
