import type { Translation } from "@quartet/ui/pure";
import type { common as en } from "../en/common.ts";

/** Общие слова экранов развития клиентов. */
export const common: Translation<typeof en> = {
  views: {
    label: "Разделы развития клиентов",
    day: "Мой день",
    portfolio: "Портфель",
    whitespace: "Кросс-продажи",
    deals: "Сделки развития",
    stats: "Статистика",
    rules: "Правила",
  },
  units: {
    days: { one: "{count} день", few: "{count} дня", many: "{count} дней" },
    clients: { one: "{count} клиент", few: "{count} клиента", many: "{count} клиентов" },
    deals: { one: "{count} сделка", few: "{count} сделки", many: "{count} сделок" },
    orders: { one: "{count} заказ", few: "{count} заказа", many: "{count} заказов" },
    categories: { one: "{count} категория", few: "{count} категории", many: "{count} категорий" },
    tasks: {
      one: "{count} просроченная задача",
      few: "{count} просроченные задачи",
      many: "{count} просроченных задач",
    },
    months: { one: "{count} месяц", few: "{count} месяца", many: "{count} месяцев" },
  },
  health: {
    healthy: "В норме",
    watch: "Требует внимания",
    "at-risk": "Под угрозой",
    unknown: "Мало истории",
  },
  maturity: {
    single: "Разовые закупки",
    complex: "Комплексное снабжение",
    project: "Проекты",
  },
  kind: { upsell: "Допродажа", "cross-sell": "Кросс-продажа" },
  none: "—",
  noFarmer: "Без фермера",
  save: "Сохранить",
  cancel: "Отмена",
  saved: "Сохранено",
  open: "Открыть",
};
