import type { Translation } from "@quartet/ui";
import type { actions as en } from "../en/actions.ts";

/** Кнопка первой продажи в карточке клиента и её диалог. */
export const actions: Translation<typeof en> = {
  newDeal: {
    open: "Создать сделку",
    title: "Новая сделка: {client}",
    dealTitle: "Название (необязательно, иначе — имя клиента)",
    estimate: "Оценка, ₽",
    badAmount: "Укажите сумму в рублях, например 150 000",
    submit: "Создать сделку",
    created: "Сделка «{title}» создана",
  },
};
