import type { Translation } from "@quartet/ui";
import type * as en from "../en/audit-actions.ts";

/** Действия журнала словами; ключ — действие без префикса `core.` (`org.create`). */
export const auditActions: Translation<typeof en.auditActions> = {
  org: { create: "Создал(а) организацию", update: "Изменил(а) настройки", transfer: "Передал(а) владение" },
  member: { role: "Сменил(а) роль участника", remove: "Исключил(а) участника" },
  invitation: { create: "Пригласил(а)", revoke: "Отозвал(а) приглашение", accept: "Принял(а) приглашение" },
  role: { create: "Создал(а) роль", update: "Изменил(а) роль", delete: "Удалил(а) роль" },
  "api-key": { create: "Создал(а) API-ключ", revoke: "Отозвал(а) API-ключ" },
  staffing: { assign: "Назначил(а) на функцию", unassign: "Снял(а) с функции" },
  team: { create: "Создал(а) команду", update: "Изменил(а) команду", delete: "Удалил(а) команду" },
  plugin: {
    enable: "Включил(а) модуль",
    disable: "Отключил(а) модуль",
    uninstall: "Удалил(а) модуль",
    purge: "Удалил(а) данные модуля",
    settings: "Изменил(а) настройки модуля",
  },
};
