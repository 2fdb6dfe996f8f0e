import { definePermission } from "@quartet/core/plugin";

const p = definePermission;

/** The permissions of prospecting; callers hold only `calls.work` and `scripts.read`. */
export const prospectingPermissions = {
  inboxRead: p({
    id: "prospecting.inbox.read",
    description: { en: "See inbound requests and conversations", ru: "Видеть входящие заявки и переписку" },
    defaultRoles: ["head-of-sales", "member", "viewer"],
  }),
  inboxTriage: p({
    id: "prospecting.inbox.triage",
    description: {
      en: "Qualify, merge and dismiss inbound requests; answer them",
      ru: "Квалифицировать, объединять и отклонять заявки; отвечать на них",
    },
    defaultRoles: ["head-of-sales", "member"],
  }),
  formsManage: p({
    id: "prospecting.forms.manage",
    description: { en: "Create and edit web forms", ru: "Создавать и менять веб-формы" },
    defaultRoles: ["head-of-sales"],
  }),
  telegramManage: p({
    id: "prospecting.telegram.manage",
    description: { en: "Connect the Telegram bot", ru: "Подключать Telegram-бота" },
    defaultRoles: ["head-of-sales"],
  }),
  listsManage: p({
    id: "prospecting.lists.manage",
    description: {
      en: "Build call lists, run campaigns, keep the do-not-call list",
      ru: "Собирать списки обзвона, запускать кампании, вести стоп-лист",
    },
    defaultRoles: ["head-of-sales"],
  }),
  callsWork: p({
    id: "prospecting.calls.work",
    description: {
      en: "Work the call queue (the call screen)",
      ru: "Работать с очередью звонков (экран звонка)",
    },
    defaultRoles: ["caller", "member", "head-of-sales"],
  }),
  scriptsRead: p({
    id: "prospecting.scripts.read",
    description: { en: "Read call scripts", ru: "Читать скрипты звонков" },
    defaultRoles: ["caller", "member", "head-of-sales"],
  }),
  scriptsManage: p({
    id: "prospecting.scripts.manage",
    description: { en: "Write and publish call scripts", ru: "Писать и публиковать скрипты звонков" },
    defaultRoles: ["head-of-sales"],
  }),
  statsRead: p({
    id: "prospecting.stats.read",
    description: { en: "See prospecting statistics", ru: "Видеть статистику лидогенерации" },
    defaultRoles: ["head-of-sales", "viewer"],
  }),
} as const;

/** Every permission of prospecting, for the manifest. */
export const allProspectingPermissions = Object.values(prospectingPermissions);
