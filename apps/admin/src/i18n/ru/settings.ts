import type { Translation } from "@quartet/ui";
import type * as en from "../en/settings.ts";

/** Настройки организации и журнал действий. */
export const settings: Translation<typeof en.settings> = {
  title: "Настройки",
  subtitle: "Название, деньги, время и язык организации и журнал того, кто что сделал.",
  org: {
    title: "Организация",
    description: "Действуют во всём Quartet: по ним считаются деньги, даты и пишутся письма.",
    readOnly: "Менять эти настройки могут только администраторы.",
  },
  audit: {
    title: "Журнал действий",
    description: "Все изменения в организации: кто, что и когда.",
    export: "Выгрузить CSV",
    filters: "Фильтры",
    action: "Действие",
    actionPlaceholder: "core.member",
    entity: "Объект",
    actor: "Кто",
    anyone: "Любой",
    anything: "Любой",
    from: "С",
    to: "По",
    when: "Когда",
    what: "Что",
    details: "Подробности: {action}",
    before: "Было",
    after: "Стало",
    empty: "По этим фильтрам ничего не записано",
    system: "Quartet",
    apiKey: "API-ключ",
    entities: {
      organisation: "Организация",
      member: "Участник",
      invitation: "Приглашение",
      role: "Роль",
      "api-key": "API-ключ",
      assignment: "Назначение",
      team: "Команда",
      plugin: "Модуль",
    },
  },
};
