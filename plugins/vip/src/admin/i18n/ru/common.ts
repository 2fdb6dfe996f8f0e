/** Общие слова экранов VIP. */
export const common = {
  views: { label: "Разделы VIP", desk: "Ключевые клиенты", program: "Программа", sla: "Сроки ответа" },
  units: {
    days: { one: "{count} день", few: "{count} дня", many: "{count} дней" },
    clients: { one: "{count} клиент", few: "{count} клиента", many: "{count} клиентов" },
    requests: { one: "{count} обращение", few: "{count} обращения", many: "{count} обращений" },
  },
  duration: { minutes: "{m} мин", hours: "{h} ч", both: "{h} ч {m} мин" },
  trend: { up: "Растёт", down: "Падает", flat: "Стабильно" },
  slaState: { breached: "Срок ответа нарушен", running: "Ждёт ответа", ok: "Нет открытых обращений" },
  none: "—",
  cancel: "Отмена",
  remove: "Удалить",
  errors: {
    offline: "Сервер недоступен. Проверьте связь.",
  },
} as const;
