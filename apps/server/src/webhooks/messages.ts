import { defineMessages, registerMessages } from "@quartet/core";

/** Refusals and field messages of `core.webhooks.*`. */
export const webhookMessages = registerMessages(
  defineMessages("core.webhooks", {
    badUrl: { en: "Enter a full web address", ru: "Введите полный адрес, например https://…" },
    httpsOnly: { en: "The address must start with https://", ru: "Адрес должен начинаться с https://" },
    privateTarget: {
      en: "This address leads into a private network",
      ru: "Этот адрес ведёт во внутреннюю сеть",
    },
    unresolvable: {
      en: "This host name cannot be found",
      ru: "Такое имя хоста не находится",
    },
    credentialsInUrl: {
      en: "Leave the login and password out of the address",
      ru: "Уберите логин и пароль из адреса",
    },
    chooseEvents: { en: "Choose at least one event", ru: "Выберите хотя бы одно событие" },
    unknownEvent: { en: "Unknown event {event}", ru: "Неизвестное событие {event}" },
    noEndpoint: { en: "This webhook no longer exists", ru: "Этого вебхука больше нет" },
    noDelivery: { en: "This delivery no longer exists", ru: "Этой доставки больше нет" },
    core: { en: "Core", ru: "Ядро" },
    timeout: { en: "No answer within {seconds} s", ru: "Нет ответа за {seconds} с" },
    unreachable: { en: "Could not connect", ru: "Не удалось подключиться" },
    redirected: { en: "Redirected elsewhere ({status})", ru: "Перенаправление на другой адрес ({status})" },
    refusedStatus: { en: "Answered {status}", ru: "Ответ {status}" },
    switchedOff: {
      en: "Not sent: the webhook was switched off",
      ru: "Не отправлено: вебхук выключили",
    },
  }),
);

/**
 * Core's events in people's words, each under its name without `core.` in camel case (`eventMessageName`):
 * `core.client.stage-changed` is `core.webhook-events.clientStageChanged`.
 */
export const coreEventNames = registerMessages(
  defineMessages("core.webhook-events", {
    orderRecorded: { en: "Order recorded", ru: "Заказ записан" },
    callEnded: { en: "Call ended", ru: "Звонок завершён" },
    paymentReceived: { en: "Payment received", ru: "Получена оплата" },
    handoffRequested: { en: "Client handed over", ru: "Клиент передан" },
    handoffAccepted: { en: "Handover accepted", ru: "Передача принята" },
    handoffRejected: { en: "Handover rejected", ru: "Передача отклонена" },
    handoffCancelled: { en: "Handover cancelled", ru: "Передача отменена" },
    handoffExpired: { en: "Handover not answered in time", ru: "Передачу не приняли вовремя" },
    clientStageChanged: { en: "Client's stage changed", ru: "Сменилась стадия клиента" },
    clientMerged: { en: "Clients merged", ru: "Клиенты объединены" },
    documentIssued: { en: "Document issued", ru: "Документ выпущен" },
    documentSent: { en: "Document sent", ru: "Документ отправлен" },
  }),
);
