import type { Translation } from "@quartet/ui/pure";
import type { whitespace as en } from "../en/whitespace.ts";

/** Кросс-продажи: кто что покупает и предложения с обоснованием. */
export const whitespace: Translation<typeof en> = {
  whitespace: {
    title: "Кросс-продажи",
    subtitle: "Категории, которые покупают похожие клиенты, а эти — ещё нет",
    industry: "Отрасль",
    anyIndustry: "Все отрасли",
    matrixTitle: "Кто что покупает",
    matrixCaption: "Клиенты и категории, которые они покупают",
    client: "Клиент",
    cell: { buys: "покупает", none: "не покупает", offer: "стоит предложить" },
    legendOffer: "Стоит предложить",
    shown: "{shown} крупнейших из {total} клиентов",
    pick: "Выберите клиента в таблице, чтобы увидеть, что ему предложить.",
    offersFor: "Что предложить: {name}",
    noOffers: "Предложить пока нечего: похожие клиенты покупают то же, что и этот.",
    peersOf: { one: "{count} клиента", few: "{count} клиентов", many: "{count} клиентов" },
    evidence: "{with} из {peers} отрасли «{group}», покупающих «{basedOn}», покупают и «{category}»",
    evidenceAll: "{with} из {peers}, покупающих «{basedOn}», покупают и «{category}»",
    lift: {
      one: "в {times} раз чаще, чем клиенты в целом",
      few: "в {times} раза чаще, чем клиенты в целом",
      many: "в {times} раз чаще, чем клиенты в целом",
    },
    create: "Создать сделку развития",
    created: "Сделка развития создана",
    openDeal: "Открыть сделку",
    dismiss: "Не подходит",
    dismissed: "Предложение скрыто",
    empty: "Закупок пока нет: предложения появятся, когда клиенты начнут покупать по каталогу.",
  },
};
