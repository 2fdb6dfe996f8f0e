import type { Translation } from "@quartet/ui";
import type * as en from "../en/team.ts";

/** Страница команды: разделы, участники и приглашения. */
export const team: Translation<typeof en.team> = {
  title: "Команда",
  subtitle: "Кто закрывает каждую функцию, кто здесь работает и что разрешено каждой роли.",
  tabs: {
    label: "Разделы команды",
    staffing: "Функции",
    members: "Участники",
    roles: "Роли",
    apiKeys: "API-ключи",
  },
};

/** Участники организации. */
export const members: Translation<typeof en.members> = {
  title: "Участники",
  name: "Имя",
  role: "Роль",
  joined: "В команде с",
  you: "Вы",
  roleOf: "Роль: {name}",
  actionsFor: "Действия: {name}",
  remove: "Исключить из организации",
  removeTitle: "Исключить {name}?",
  removeText: "Доступ пропадёт сразу. Записи, с которыми человек работал, останутся.",
  removed: "{name} больше не в организации",
  transfer: "Сделать владельцем",
  transferTitle: "Передать владение {name}?",
  transferText: "Вы станете администратором. Вернуть владение сможет только новый владелец.",
  transferred: "Теперь организацией владеет {name}",
  roleChanged: "{name}: роль «{role}»",
};

/** Приглашения по почте. */
export const invitations: Translation<typeof en.invitations> = {
  title: "Приглашения",
  description: "Пригласите людей по почте с нужной ролью. Ссылка срабатывает один раз и действует 7 дней.",
  email: "Почта",
  emailPlaceholder: "kollega@company.ru",
  role: "Роль",
  submit: "Пригласить",
  created: "Приглашение для {email} готово",
  link: "Ссылка-приглашение",
  linkHint: "Мы отправили её письмом. Можно переслать и самому.",
  pending: "Ожидают ответа",
  empty: "Нет ожидающих приглашений",
  sent: "Отправлено",
  expires: "Действует до",
  expired: "Истекло",
  revoke: "Отозвать",
  revokeLabel: "Отозвать приглашение для {email}",
  revokeTitle: "Отозвать приглашение для {email}?",
  revokeText: "Ссылка сразу перестанет работать.",
  revoked: "Приглашение для {email} отозвано",
};
