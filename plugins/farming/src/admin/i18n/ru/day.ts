import type { Translation } from "@quartet/ui/pure";
import type { day as en } from "../en/day.ts";

/** День фермера и причины его строк. */
export const day: Translation<typeof en> = {
  day: {
    title: "Мой день",
    subtitle: "С кем связаться сегодня — самые срочные сверху",
    today: "Сегодня {date}",
    keysHint: "J и K — вниз и вверх по списку, Enter — открыть клиента",
    all: "Все",
    empty: "Сегодня ничего срочного",
    emptyHint: "Со всеми клиентами есть связь, закупки идут по графику.",
    listLabel: "Клиенты и задачи на сегодня",
    unassigned: "Без фермера",
    withTask: "Задача",
    due: "до {date}",
    filter: {
      "overdue-contact": "Пора связаться",
      "late-purchase": "Опаздывают с закупкой",
      "at-risk": "Под угрозой",
      task: "Задачи",
    },
    kind: {
      "overdue-contact": "Пора связаться",
      "late-purchase": "Опаздывает с закупкой",
      "at-risk": "Под угрозой",
      task: "Задача",
    },
  },
  reasons: {
    overdueContact: "Контакт просрочен на {overdue}: связь раз в {cadence}, последний контакт {last}",
    overdueNever: "Контакт просрочен на {overdue}: связь раз в {cadence}, контактов ещё не было",
    latePurchase: "Покупает примерно раз в {interval}; с последнего заказа {since} — опаздывает на {late}",
    atRisk: "Здоровье {score} из 100, под угрозой с {since}",
    atRiskScore: "Здоровье {score} из 100",
    task: "{title}",
  },
};
