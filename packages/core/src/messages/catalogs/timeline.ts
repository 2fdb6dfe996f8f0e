import { defineMessages } from "../define.ts";
import { registerMessages } from "../registry.ts";

/** Texts of the timeline entries the server writes (orders, payments, handoffs, stages, owners, merges). */
export const timelineMessages = registerMessages(
  defineMessages("core.timeline", {
    withDetail: { en: "{text}: {detail}", ru: "{text}: {detail}" },
    orderRecorded: { en: "Order {number} for {sum}", ru: "Заказ {number} на {sum}" },
    orderCancelled: { en: "Order {number} cancelled", ru: "Заказ {number} отменён" },
    payment: {
      en: "Payment of {sum} for order {number} ({share} % paid)",
      ru: "Оплата {sum} по заказу {number} (оплачено {share} %)",
    },
    refund: {
      en: "Refund of {sum} on order {number} ({share} % paid)",
      ru: "Возврат {sum} по заказу {number} (оплачено {share} %)",
    },
    handoffRequested: { en: "Handoff {from} → {to}", ru: "Передача {from} → {to}" },
    handoffAccepted: { en: "Handoff accepted {from} → {to}", ru: "Передача принята {from} → {to}" },
    handoffRejected: { en: "Handoff rejected {from} → {to}", ru: "Передача отклонена {from} → {to}" },
    handoffCancelled: { en: "Handoff cancelled {from} → {to}", ru: "Передача отменена {from} → {to}" },
    handoffExpired: {
      en: "Handoff expired: nobody accepted it in time {from} → {to}",
      ru: "Передача просрочена: никто не принял вовремя {from} → {to}",
    },
    stageChange: { en: "{from} → {to}", ru: "{from} → {to}" },
    firstPayment: { en: "First payment received", ru: "Получена первая оплата" },
    dealCreated: { en: "Deal “{title}” opened", ru: "Открыта сделка «{title}»" },
    dealWon: { en: "Deal “{title}” won", ru: "Сделка «{title}» выиграна" },
    requestQualified: { en: "Request qualified ({source})", ru: "Заявка квалифицирована ({source})" },
    ownerNobody: {
      en: "Nobody is responsible for {function} now",
      ru: "За «{function}» теперь никто не отвечает",
    },
    owner: { en: "Responsible for {function}: {name}", ru: "Ответственный за «{function}»: {name}" },
    mergedWith: { en: "Merged with {name}", ru: "Объединён с клиентом «{name}»" },
    mergedInto: { en: "Merged into {name}", ru: "Объединён в клиента «{name}»" },
  }),
);
