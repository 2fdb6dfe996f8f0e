import type { Translation } from "@quartet/ui";
import type * as en from "../en/access.ts";

/** Роли и их права. */
export const roles: Translation<typeof en.roles> = {
  description:
    "Встроенных ролей хватает большинству команд; создайте свою, если работе нужен другой набор прав.",
  builtInTitle: "Встроенные роли",
  custom: "Собственные роли",
  customEmpty: "Собственных ролей пока нет",
  customEmptyHint: "Собственная роль — это название, набор прав и записи, которые она видит.",
  create: "Новая роль",
  editTitle: "Изменить «{name}»",
  createTitle: "Новая роль",
  name: "Название",
  namePlaceholder: "Стажёр-оператор",
  permissions: "Права",
  permissionCount: { one: "{count} право", few: "{count} права", many: "{count} прав" },
  everything: "Все права",
  showPermissions: "Показать права роли {name}",
  hidePermissions: "Скрыть права роли {name}",
  group: "Выбрать все: {group}",
  core: "Ядро",
  deleteTitle: "Удалить «{name}»?",
  deleteText: "Роль не должна быть ни у кого: сначала смените её участникам, приглашениям и ключам.",
  created: "Роль «{name}» создана",
  saved: "Роль «{name}» сохранена",
  deleted: "Роль «{name}» удалена",
  edit: "Изменить {name}",
  delete: "Удалить {name}",
};

/** API-ключи для интеграций. */
export const apiKeys: Translation<typeof en.apiKeys> = {
  title: "API-ключи",
  description:
    "Ключи позволяют вашим системам обращаться к API Quartet от имени организации с выбранной ролью.",
  name: "Название",
  namePlaceholder: "Интеграция с 1С",
  role: "Роль",
  create: "Создать ключ",
  onceTitle: "Скопируйте ключ сейчас — он показывается один раз",
  onceText:
    "Сохраните его в настройках интеграции или в менеджере паролей. Quartet хранит только его отпечаток.",
  key: "API-ключ",
  prefix: "Ключ",
  lastUsed: "Последнее обращение",
  created: "Создан",
  revoked: "Отозван",
  active: "Действует",
  revoke: "Отозвать",
  revokeLabel: "Отозвать {name}",
  revokeTitle: "Отозвать «{name}»?",
  revokeText: "Интеграции, которые им пользуются, сразу перестанут работать.",
  revokedToast: "Ключ «{name}» отозван",
  empty: "API-ключей пока нет",
  emptyHint: "Создайте по ключу на каждую интеграцию, чтобы отзывать их по отдельности.",
};
