import type { Translation } from "@quartet/ui";
import type * as en from "../en/telephony.ts";

/** Всплывающее окно входящего звонка: кто звонит, пока сотрудник не ответил. */
export const incomingCall: Translation<typeof en.incomingCall> = {
  region: "Входящие звонки",
  inbound: "Входящий звонок",
  outbound: "Звонок через АТС",
  hidden: "Скрытый номер",
  contact: "Контакт",
  owner: "Ответственный",
  deals: "Открытые сделки",
  lastActivity: "Последнее касание",
  lastActivityText: "{type}, {when}",
  justNow: "только что",
  openCard: "Открыть карточку",
  newClient: "Пока нет в Quartet",
  outOfScope: "Клиент вне вашей зоны доступа",
  dismissLabel: "Скрыть звонок: {who}",
};

/** Телефония организации (облачная АТС): ключи, адрес уведомлений, внутренние номера. */
export const telephony: Translation<typeof en.telephony> = {
  open: "Телефония",
  title: "Телефония",
  subtitle:
    "Подключите облачную АТС компании: звонки сами попадают в ленту клиента, а приложение показывает, кто звонит.",
  connectionTitle: "Подключение",
  provider: "АТС",
  providerHint: "Оператор, на чьём аккаунте номера компании.",
  save: "Сохранить",
  saved: "Настройки телефонии сохранены",
  notConnected: "Пока не подключена: выберите АТС и вставьте её ключи.",
  connected: "Подключена: {provider}",
  addressTitle: "Адрес уведомлений",
  address: "Адрес для уведомлений о звонках",
  addressHint:
    "Вставьте его в личном кабинете АТС (Zadarma: Настройки → API и интеграции → Уведомления), чтобы звонки доходили до Quartet.",
  addressAfterSave: "Адрес появится, когда ключи будут сохранены.",
  extensionsTitle: "Внутренние номера",
  extensionsHint:
    "Кто из сотрудников отвечает на какой внутренний номер АТС: его звонки записываются на него, и он видит, кто звонит.",
  extension: "Внутренний номер",
  member: "Сотрудник",
  chooseMember: "Выберите сотрудника",
  addExtension: "Назначить",
  removeExtension: "Освободить",
  removeLabel: "Освободить номер {extension} ({name})",
  noExtensions: "Внутренние номера пока не назначены",
  extensionSaved: "Номер {extension} назначен: {name}",
  extensionRemoved: "Номер {extension} освобождён",
  formerMember: "Бывший сотрудник",
};

/** Ссылки на телефон: звонок через АТС рядом с обычной ссылкой tel:. */
export const phoneCall: Translation<typeof en.phoneCall> = {
  menuLabel: "Позвонить на {number}",
  viaPbx: "Позвонить через АТС",
  viaPhone: "Позвонить с этого устройства",
  calling: "Звоним: сначала зазвонит ваш телефон",
};

/** Звонок через АТС в ленте клиента, номер в привычной записи. */
export const callEntry: Translation<typeof en.callEntry> = {
  inbound: "Входящий звонок с номера {number}",
  outbound: "Исходящий звонок на номер {number}",
};
