import type { Translation } from "@quartet/ui";
import type { boardView as en } from "../en/board-view.ts";

/** Русские тексты итогов доски, фильтров, быстрого добавления, переключателя этапов и карточки. */
export const boardView: Translation<typeof en> = {
  boardView: {
    deals: { one: "{count} сделка", few: "{count} сделки", many: "{count} сделок" },
    total: "В работе: {deals} · {sum}",
    weighted: "взвешенно {sum}",
    totalLabel: "Открытые сделки воронки",
    asList: "Открыть списком",
    stages: "Этапы",
    filters: {
      label: "Фильтры",
      mine: "Мои сделки",
      hunter: "Охотник",
      anyHunter: "Любой охотник",
      source: "Источник",
      anySource: "Любой источник",
      search: "Поиск сделок",
      rotting: "Застрявшие",
      overdue: "Следующий шаг просрочен",
      toggleActive: "Фильтры · {count}",
      reset: "Сбросить фильтры",
    },
    quickAdd: {
      open: "Добавить сделку",
      openIn: "Добавить сделку на этап «{stage}»",
      client: "Компания или клиент",
      clientHint: "Начните вводить название: выберите клиента или создайте нового",
      newClient: "Новый клиент «{name}»",
      chosen: "{name}",
      change: "Изменить",
      amount: "Сумма, ₽",
      title: "Название (необязательно)",
      submit: "Добавить",
      cancel: "Отмена",
      added: "Сделка добавлена на этап «{stage}»",
      chooseClient: "Выберите клиента или введите название нового",
      badAmount: "Укажите сумму в рублях, например 150 000",
    },
    card: {
      next: "Дальше: {text}",
      due: "до {date}",
      overdue: "просрочено с {date}",
      noText: "задача",
    },
    drop: { label: "Перетащите сюда, чтобы закрыть сделку" },
    move: { label: "Переместить «{title}»", to: "Переместить на этап" },
    closed: {
      label: "Выигранные и проигранные",
      "30d": "За 30 дней",
      quarter: "За этот квартал",
      all: "За всё время",
      note: { "30d": "за 30 дней", quarter: "за этот квартал", all: "за всё время" },
    },
  },
};
