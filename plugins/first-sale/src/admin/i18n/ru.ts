import type { Translation } from "@quartet/ui";
import type { en } from "./en.ts";

/** Русские тексты первой продажи. */
export const ru: Translation<typeof en> = {
  nav: { deals: "Продажи" },
  board: {
    title: "Сделки",
    pipeline: "Воронка",
    empty: "Воронки пока нет",
    noDeals: "Сделок нет",
    weighted: "взвешенно {sum}",
    newDeal: "Новая сделка",
    rotting: "Застряла",
    hint: "Выберите карточку и нажмите [ или ] (или стрелки), чтобы перенести её на предыдущий или следующий этап.",
    moved: "Перенесено на этап «{stage}»",
    loadFailed: "Не удалось загрузить доску",
  },
  create: {
    title: "Новая сделка",
    client: "Клиент (поиск по названию)",
    chooseClient: "Выберите клиента из списка",
    chosen: "Клиент: {name}",
    dealTitle: "Название",
    estimate: "Оценка, ₽",
    submit: "Создать",
    cancel: "Отмена",
  },
  widget: { title: "Сделки" },
  lost: {
    title: "Почему сделка проиграна?",
    reason: "Причина",
    note: "Комментарий",
    submit: "Отметить проигранной",
    cancel: "Отмена",
  },
};
