import type { Translation } from "@quartet/ui/pure";
import type { settings as en } from "../en/settings.ts";

/** Раздел программы в окне настроек на странице функций. */
export const settings: Translation<typeof en> = {
  settings: {
    title: "VIP-программа",
    hint: "Уровни от младшего к старшему и что клиент должен выполнить, чтобы на них попасть.",
    criteria: {
      revenue: "Оплачено не меньше {amount} за {months} мес.",
      tenure: "Клиент не меньше {months} мес., оплаты в каждом из последних кварталов: {quarters}",
      "average-order": "Средний заказ не меньше {amount} за {months} мес.",
      "largest-order": "Крупнейший заказ не меньше {amount} за {months} мес.",
      categories: "Покупки в категориях каталога ({count}) за {months} мес.",
      "payment-discipline": "Просроченных заказов не больше {max} за {months} мес.",
      manual: "Назначен вручную",
    },
    all: "Нужны все условия",
    any: "Достаточно любого условия",
    terms:
      "Льготный период до понижения — {grace} дн. · срок оплаты — {terms} дн. · ревизия раз в {review} мес.",
    edit: "Изменить программу",
    loading: "Загружаем программу…",
  },
};
