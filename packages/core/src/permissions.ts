import { definePermission } from "./plugin/define-permission.ts";

const p = definePermission;

/** Permissions of core itself; plugins declare theirs with `definePermission`. */
export const corePermissions = {
  pluginsRead: p({
    id: "core.plugins.read",
    description: {
      en: "See the functions (plugins) and their state",
      ru: "Видеть функции (плагины) и их состояние",
    },
    defaultRoles: ["admin", "head-of-sales", "member", "viewer"],
  }),
  pluginsManage: p({
    id: "core.plugins.manage",
    description: {
      en: "Enable, disable and configure functions",
      ru: "Включать, отключать и настраивать функции",
    },
    defaultRoles: ["admin"],
  }),
  eventsManage: p({
    id: "core.events.manage",
    description: {
      en: "See and retry failed event deliveries",
      ru: "Видеть и повторять неудавшиеся доставки событий",
    },
    defaultRoles: ["admin"],
  }),
  orgRead: p({
    id: "core.org.read",
    description: {
      en: "See the organisation's settings and members",
      ru: "Видеть настройки и участников организации",
    },
    defaultRoles: ["admin", "head-of-sales", "member", "viewer"],
  }),
  orgManage: p({
    id: "core.org.manage",
    description: {
      en: "Change the organisation's settings and growth stage",
      ru: "Менять настройки и стадию роста организации",
    },
    defaultRoles: ["admin"],
  }),
  membersManage: p({
    id: "core.members.manage",
    description: {
      en: "Invite, remove members and change their roles",
      ru: "Приглашать и удалять участников, менять их роли",
    },
    defaultRoles: ["admin"],
  }),
  rolesManage: p({
    id: "core.roles.manage",
    description: { en: "Create and edit custom roles", ru: "Создавать и менять собственные роли" },
    defaultRoles: ["admin"],
  }),
  apiKeysManage: p({
    id: "core.api-keys.manage",
    description: { en: "Create and revoke API keys", ru: "Создавать и отзывать API-ключи" },
    defaultRoles: ["admin"],
  }),
  webhooksManage: p({
    id: "core.webhooks.manage",
    description: {
      en: "Subscribe web addresses to events (webhooks), see their deliveries and send them again",
      ru: "Подписывать адреса на события (вебхуки), видеть доставки и отправлять их повторно",
    },
    defaultRoles: ["admin"],
  }),
  staffingRead: p({
    id: "core.staffing.read",
    description: { en: "See who covers each function", ru: "Видеть, кто закрывает каждую функцию" },
    defaultRoles: ["admin", "head-of-sales", "member", "viewer"],
  }),
  staffingManage: p({
    id: "core.staffing.manage",
    description: { en: "Assign people and teams to functions", ru: "Назначать людей и команды на функции" },
    defaultRoles: ["admin", "head-of-sales"],
  }),
  monitorRead: p({
    id: "core.monitor.read",
    description: {
      en: "See the four-legs monitor: each function's state, the weakest one and its history",
      ru: "Видеть монитор четырёх ножек: состояние функций, самую слабую и историю",
    },
    defaultRoles: ["admin", "head-of-sales"],
  }),
  targetsManage: p({
    id: "core.targets.manage",
    description: {
      en: "Set each function's monthly plan (targets in roubles and counts)",
      ru: "Ставить месячный план по функциям (цели в рублях и штуках)",
    },
    defaultRoles: ["admin", "head-of-sales"],
  }),
  readinessManage: p({
    id: "core.readiness.manage",
    description: {
      en: "Dismiss and snooze advice about the next growth step",
      ru: "Скрывать и откладывать советы о следующем шаге роста",
    },
    defaultRoles: ["admin", "head-of-sales"],
  }),
  diagnosticRun: p({
    id: "core.diagnostic.run",
    description: {
      en: "Run the department self-diagnostic, see its reports and send them to a consultant",
      ru: "Проходить самодиагностику отдела продаж, видеть отчёты и отправлять их консультанту",
    },
    defaultRoles: ["admin", "head-of-sales"],
  }),
  requisitesManage: p({
    id: "core.requisites.manage",
    description: {
      en: "Change the organisation's requisites: names, codes, bank accounts, signature and stamp",
      ru: "Менять реквизиты организации: названия, коды, банковские счета, подпись и печать",
    },
    defaultRoles: ["admin"],
  }),
  auditRead: p({
    id: "core.audit.read",
    description: { en: "Browse the audit log", ru: "Просматривать журнал действий" },
    defaultRoles: ["admin"],
  }),
  clientsRead: p({
    id: "core.clients.read",
    description: {
      en: "See clients, contacts and their timeline",
      ru: "Видеть клиентов, контакты и их историю",
    },
    defaultRoles: ["head-of-sales", "member", "viewer"],
  }),
  clientsWrite: p({
    id: "core.clients.write",
    description: { en: "Create and edit clients and contacts", ru: "Создавать и менять клиентов и контакты" },
    defaultRoles: ["head-of-sales", "member"],
  }),
  clientsMerge: p({
    id: "core.clients.merge",
    description: { en: "Merge duplicate clients", ru: "Объединять дубли клиентов" },
    defaultRoles: ["head-of-sales"],
  }),
  clientsImport: p({
    id: "core.clients.import",
    description: { en: "Import clients from CSV", ru: "Импортировать клиентов из CSV" },
    defaultRoles: ["head-of-sales"],
  }),
  clientsExport: p({
    id: "core.clients.export",
    description: { en: "Export lists to CSV", ru: "Выгружать списки в CSV" },
    defaultRoles: ["head-of-sales"],
  }),
  fieldsManage: p({
    id: "core.fields.manage",
    description: { en: "Define custom client fields", ru: "Настраивать дополнительные поля клиентов" },
    defaultRoles: [],
  }),
  catalogRead: p({
    id: "core.catalog.read",
    description: { en: "See the product catalog", ru: "Видеть каталог товаров" },
    defaultRoles: ["head-of-sales", "member", "viewer"],
  }),
  catalogManage: p({
    id: "core.catalog.manage",
    description: { en: "Edit the product catalog", ru: "Менять каталог товаров" },
    defaultRoles: ["head-of-sales"],
  }),
  ordersRead: p({
    id: "core.orders.read",
    description: { en: "See orders and payments", ru: "Видеть заказы и оплаты" },
    defaultRoles: ["head-of-sales", "member", "viewer"],
  }),
  ordersWrite: p({
    id: "core.orders.write",
    description: { en: "Record orders and payments", ru: "Записывать заказы и оплаты" },
    defaultRoles: ["head-of-sales", "member"],
  }),
  activitiesWrite: p({
    id: "core.activities.write",
    description: {
      en: "Log calls, meetings, messages and notes",
      ru: "Записывать звонки, встречи, сообщения и заметки",
    },
    defaultRoles: ["head-of-sales", "member"],
  }),
  telephonyCall: p({
    id: "core.telephony.call",
    description: {
      en: "Call clients through the connected telephone exchange (click-to-call)",
      ru: "Звонить клиентам через подключённую телефонию (звонок в один клик)",
    },
    defaultRoles: ["head-of-sales", "member", "caller"],
  }),
  tasksUse: p({
    id: "core.tasks.use",
    description: { en: "Create, see and complete tasks", ru: "Создавать, видеть и закрывать задачи" },
    defaultRoles: ["head-of-sales", "member"],
  }),
  handoffsUse: p({
    id: "core.handoffs.use",
    description: {
      en: "Hand clients between functions and answer handoffs",
      ru: "Передавать клиентов между функциями и принимать передачи",
    },
    defaultRoles: ["head-of-sales", "member"],
  }),
  notificationsUse: p({
    id: "core.notifications.use",
    description: {
      en: "Get notifications and choose where they come",
      ru: "Получать уведомления и выбирать, куда они приходят",
    },
    defaultRoles: ["admin", "head-of-sales", "member", "caller", "viewer"],
  }),
  ownership: p({
    id: "core.org.ownership",
    description: { en: "Transfer ownership of the organisation", ru: "Передавать владение организацией" },
    defaultRoles: [],
  }),
} as const;

/** Every core permission, for the role catalog. */
export const allCorePermissions = Object.values(corePermissions);
