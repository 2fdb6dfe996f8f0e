import type { Translation } from "@quartet/ui";
import type {
  contacts as enContacts,
  clientEdit as enEdit,
  fileField as enFileField,
  handoffs as enHandoffs,
  merge as enMerge,
  orders as enOrders,
  owners as enOwners,
  payments as enPayments,
} from "../en/client-records.ts";

/** Контактные лица клиента. */
export const contacts: Translation<typeof enContacts> = {
  title: "Контакты",
  add: "Добавить контакт",
  edit: "Изменить контакт",
  editNamed: "Изменить: {name}",
  remove: "Удалить",
  removeNamed: "Удалить: {name}",
  removeTitle: "Удалить контакт?",
  removeDescription: "{name} больше не будет в списке контактов этого клиента.",
  removed: "Контакт «{name}» удалён",
  saved: "Контакт «{name}» сохранён",
  none: "Контактов пока нет",
  noneDescription: "Добавьте людей, с которыми вы общаетесь: кто решает, кто влияет, кто платит.",
  name: "Имя",
  position: "Должность",
  role: "Роль в покупке",
  phones: "Телефоны",
  emails: "Email",
  primary: "Основной контакт",
  primaryBadge: "Основной",
  roles: {
    "decision-maker": "ЛПР",
    influencer: "ЛВР",
    user: "Пользователь",
    accounting: "Бухгалтерия",
    other: "Другое",
  },
};

/** Ответственные за клиента в каждой функции. */
export const owners: Translation<typeof enOwners> = {
  title: "Ответственные",
  nobody: "Не назначен",
  someone: "Сотрудник",
  choose: "Ответственный: {function}",
  saved: "Ответственный за функцию «{function}» изменён",
};

/** Заказы клиента и оплаты по ним. */
export const orders: Translation<typeof enOrders> = {
  title: "Заказы и оплаты",
  record: "Оформить заказ",
  none: "Заказов пока нет",
  noneDescription: "Оформите заказ — здесь будут видны оплаты по нему.",
  number: "Заказ",
  date: "Дата",
  total: "Сумма",
  paid: "Оплачено",
  due: "Остаток",
  status: "Оплата",
  totals: "Сумма {total} · оплачено {paid} · остаток {due}",
  cancelled: "Отменён",
  details: "Заказ {number}",
  showPayments: "Оплаты по заказу {number}",
  noPayments: "Оплат пока нет",
  tierDiscount: "Скидка уровня «{tier}» {percent}\u00A0%",
  paymentStatus: {
    unpaid: "Не оплачен",
    partial: "Оплачен частично",
    paid: "Оплачен",
    overpaid: "Переплата",
  },
  form: {
    title: "Новый заказ",
    lines: "Позиции",
    product: "Товар",
    productFor: "Товар в позиции {line}",
    freeLine: "Не из каталога",
    lineName: "Наименование",
    quantity: "Количество",
    price: "Цена",
    discount: "Скидка, %",
    lineTotal: "Сумма позиции",
    addLine: "Добавить позицию",
    removeLine: "Убрать позицию {line}",
    date: "Дата заказа",
    note: "Комментарий",
    total: "Итого",
    recorded: "Заказ {number} оформлен",
    badNumber: "Введите число",
  },
};

/** Оплата по заказу. */
export const payments: Translation<typeof enPayments> = {
  record: "Внести оплату",
  recordFor: "Внести оплату по заказу {number}",
  title: "Оплата по заказу {number}",
  amount: "Сумма",
  amountHint: "Остаток: {due}",
  date: "Дата оплаты",
  method: "Способ",
  reference: "Основание (счёт, платёжное поручение)",
  recorded: "Оплата {amount} внесена",
  methods: {
    bank: "Безналичный перевод",
    cash: "Наличные",
    card: "Карта",
    other: "Другое",
  },
};

/** Передачи клиента между функциями. */
export const handoffs: Translation<typeof enHandoffs> = {
  title: "Передачи",
  request: "Передать",
  none: "Клиента ещё не передавали",
  from: "Откуда",
  to: "Куда",
  receiver: "Получатель",
  engine: "Выбрать автоматически",
  engineHint: "Распределение выберет свободного сотрудника принимающей функции.",
  note: "Комментарий для получателя",
  sla: "Часов на принятие",
  sent: "Клиент передан: {function}",
  route: "{from} → {to}",
  waitingFor: "Получатель: {name}",
  waitingForAnyone: "Получатель — команда «{function}»",
  assigned: {
    "existing-owner": "Назначено: уже ведёт этого клиента",
    "round-robin": "Назначено по очереди",
    "least-busy": "Назначено наименее загруженному",
    specialist: {
      prospecting: "Назначено на специалиста по лидогенерации",
      "first-sale": "Назначено на специалиста по первой продаже",
      farming: "Назначено на специалиста по развитию клиентов",
      vip: "Назначено на специалиста по VIP-клиентам",
    },
    "nobody-covers": "Функцию никто не ведёт",
    "all-paused": "Все на этой функции на паузе",
    "all-at-capacity": "У всех на этой функции исчерпан лимит на сегодня",
    chosen: "Выбран вручную",
    "chosen-not-covering": "Выбран вручную, эту функцию не ведёт",
  },
  acceptBy: "Принять до {when}",
  decided: "Причина: {reason}",
  accept: "Принять",
  reject: "Отклонить",
  rejectReason: "Почему вы отклоняете",
  accepted: "Передача принята",
  rejected: "Передача отклонена",
  overdue: "Просрочена",
  states: {
    requested: "Ждёт ответа",
    accepted: "Принята",
    rejected: "Отклонена",
    cancelled: "Отменена",
    expired: "Истекла",
  },
};

/** Редактирование клиента. */
export const clientEdit: Translation<typeof enEdit> = {
  edit: "Изменить",
  title: "Изменить клиента",
  saved: "Изменения сохранены",
  customFields: "Дополнительные поля",
  yes: "Да",
  no: "Нет",
  notSet: "Не указано",
};

/** Дубликаты клиента и их объединение. */
export const merge: Translation<typeof enMerge> = {
  find: "Найти дубликаты",
  title: "Возможные дубликаты",
  none: "Дубликатов не найдено",
  open: "Открыть",
  openNamed: "Открыть: {name}",
  mergeHere: "Объединить с этим клиентом",
  mergeNamed: "Присоединить «{name}» к этому клиенту",
  confirmTitle: "Присоединить «{from}» к «{into}»?",
  confirm: "Объединить",
  moves: "Из «{from}» в «{into}» перейдут:",
  movesContacts: { one: "{count} контакт", few: "{count} контакта", many: "{count} контактов" },
  movesOrders: {
    one: "{count} заказ с оплатами",
    few: "{count} заказа с оплатами",
    many: "{count} заказов с оплатами",
  },
  movesTasks: {
    one: "{count} открытая задача",
    few: "{count} открытые задачи",
    many: "{count} открытых задач",
  },
  movesRest: "вся история, передачи и теги",
  fills:
    "Пустые поля «{into}» заполнятся из «{from}». «{from}» исчезнет из списка клиентов, а ссылка на него будет вести на «{into}».",
  done: "«{from}» присоединён к «{into}»",
};

/** Выбор файла — словами приложения, а не браузера. */
export const fileField: Translation<typeof enFileField> = {
  choose: "Выбрать файл",
  none: "Файл не выбран",
};
