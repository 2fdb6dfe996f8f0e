import type { LifecycleStage } from "@quartet/core";

/** The lifecycle stages, as the admin app names them: in CSV downloads and stored timeline texts. */
export const stageWords: Record<LifecycleStage, { en: string; ru: string }> = {
  prospect: { en: "Prospect", ru: "Потенциальный" },
  lead: { en: "Lead", ru: "Лид" },
  negotiation: { en: "Negotiation", ru: "Переговоры" },
  customer: { en: "Customer", ru: "Покупатель" },
};

/** The words of the four sales functions in CSV downloads. */
export const functionWords = {
  prospecting: { en: "Prospecting", ru: "Лидогенерация" },
  "first-sale": { en: "First sale", ru: "Первая продажа" },
  farming: { en: "Client development", ru: "Развитие клиентов" },
  vip: { en: "VIP clients", ru: "VIP-клиенты" },
};

/** The words of an order's status. */
export const orderStatusWords = {
  confirmed: { en: "Confirmed", ru: "Подтверждён" },
  cancelled: { en: "Cancelled", ru: "Отменён" },
};

/** The words of an order's payment state. */
export const paymentStatusWords = {
  unpaid: { en: "Unpaid", ru: "Не оплачен" },
  partial: { en: "Partly paid", ru: "Оплачен частично" },
  paid: { en: "Paid", ru: "Оплачен" },
  overpaid: { en: "Overpaid", ru: "Переплата" },
};

/** The words of a handoff's state. */
export const handoffStateWords = {
  requested: { en: "Waiting", ru: "Ожидает" },
  accepted: { en: "Accepted", ru: "Принята" },
  rejected: { en: "Rejected", ru: "Отклонена" },
  cancelled: { en: "Cancelled", ru: "Отменена" },
  expired: { en: "Expired", ru: "Просрочена" },
};

/** The words of a task's state. */
export const taskStateWords = {
  open: { en: "Open", ru: "Открыта" },
  overdue: { en: "Overdue", ru: "Просрочена" },
  done: { en: "Done", ru: "Выполнена" },
};

/** The words of who acted in an audit record. */
export const actorKindWords = {
  user: { en: "User", ru: "Пользователь" },
  "api-key": { en: "API key", ru: "API-ключ" },
  system: { en: "System", ru: "Система" },
};
