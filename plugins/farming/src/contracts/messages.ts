import { defineMessages, registerMessages } from "@quartet/core";

/**
 * Farming's messages for people: refusals, field messages and timeline texts, worded on the server
 * in the reader's language. English is what the server said before the catalog existed.
 * Registered at import, so pure code and its table tests word the keys too; the manifest
 * lists it as `messages` for the host's boot check.
 *
 * @example throw new DomainError("NOT_FOUND", m.noSuchDeal, { fields: { dealId: m.noSuchDeal } })
 */
export const m = registerMessages(
  defineMessages("farming", {
    noSuchClient: { en: "No such client", ru: "Такого клиента нет" },
    noSuchDeal: { en: "No such deal", ru: "Такой сделки нет" },
    noSuchOrder: { en: "No such order", ru: "Такого заказа нет" },
    noSuchCategory: { en: "No such catalog category", ru: "Такой категории в каталоге нет" },
    chooseCatalogCategory: { en: "Choose a category of the catalog", ru: "Выберите категорию каталога" },
    invalidCursor: { en: "Invalid cursor", ru: "Список устарел: обновите страницу" },
    farmerNotMember: {
      en: "The farmer must be a member of the organisation",
      ru: "Фермер должен быть сотрудником организации",
    },
    notMember: { en: "Not a member of the organisation", ru: "Не сотрудник организации" },
    invoicedAlready: {
      en: "The deal is invoiced already: order {number}",
      ru: "По сделке уже выставлен счёт: заказ {number}",
    },
    notOffered: {
      en: "This category is not among the client's offers",
      ru: "Этой категории нет среди предложений клиенту",
    },
    notOfferedField: { en: "Not offered to this client", ru: "Этому клиенту её не предлагали" },
    offerTaken: { en: "This offer was accepted into a deal", ru: "По этому предложению уже открыта сделка" },
    alreadyAccepted: { en: "Already accepted", ru: "Уже принято" },
    notServed: {
      en: "Farming does not serve this client yet: it has no account",
      ru: "Этот клиент ещё не на развитии: у него нет закупок",
    },
    notCustomer: { en: "Not a customer yet", ru: "Ещё не покупатель" },
    lostNoteOther: {
      en: 'The reason "other" needs a note: say why the deal was lost',
      ru: "Для причины «другое» нужен комментарий: напишите, почему сделка проиграна",
    },
    lostNote: {
      en: "Say in a few words why the deal was lost",
      ru: "Коротко напишите, почему сделка проиграна",
    },
    dealWon: { en: "The deal is won and no longer changes", ru: "Сделка выиграна и больше не меняется" },
    dealLost: {
      en: "The deal is lost: reopen it first",
      ru: "Сделка проиграна: сначала верните её в работу",
    },
    dealOpen: { en: "The deal is open already", ru: "Сделка и так в работе" },
    noStages: { en: "The company's rules have no deal stages", ru: "В правилах компании нет этапов сделок" },
    unknownStage: {
      en: 'Unknown stage "{stage}": choose one of {stages}',
      ru: "Этапа «{stage}» нет; выберите один из: {stages}",
    },
    chooseStageOf: { en: "Choose one of {stages}", ru: "Выберите один из этапов: {stages}" },
    dateFormat: { en: "Use a date as YYYY-MM-DD", ru: "Дата в виде ГГГГ-ММ-ДД" },
    wholeKopecks: { en: "Give whole kopecks", ru: "Сумма в целых копейках" },
    wholeKopecksShort: { en: "Whole kopecks", ru: "Сумма в целых копейках" },
    notNegative: { en: "Cannot be negative", ru: "Не может быть меньше нуля" },
    tooLarge: { en: "Too large", ru: "Слишком большое число" },
    nameDeal: { en: "Name the deal", ru: "Назовите сделку" },
    kind: { en: "Choose upsell or cross-sell", ru: "Выберите: допродажа или кросс-продажа" },
    chooseStage: { en: "Choose a stage", ru: "Выберите этап" },
    chooseDeal: { en: "Choose a deal", ru: "Выберите сделку" },
    chooseClient: { en: "Choose a client", ru: "Выберите клиента" },
    chooseClients: { en: "Choose at least one client", ru: "Выберите хотя бы одного клиента" },
    atMost500Clients: { en: "At most 500 clients at once", ru: "Не больше 500 клиентов за раз" },
    chooseCategory: { en: "Choose a category", ru: "Выберите категорию" },
    chooseOrder: { en: "Choose an order", ru: "Выберите заказ" },
    chooseFarmer: { en: "Choose a farmer", ru: "Выберите фермера" },
    tellFarmer: { en: "Tell the farmer why", ru: "Напишите фермеру, почему" },
    chooseLostReason: {
      en: "Choose why the deal was lost: {choices}",
      ru: "Выберите, почему сделка проиграна: {choices}",
    },
    nameLine: { en: "Name the line", ru: "Назовите позицию" },
    quantity: { en: "Quantity must be a positive number", ru: "Количество должно быть больше нуля" },
    atLeast0Percent: { en: "At least 0 %", ru: "Не меньше 0 %" },
    atMost100Percent: { en: "At most 100 %", ru: "Не больше 100 %" },
    oneLine: { en: "Add at least one line", ru: "Добавьте хотя бы одну позицию" },
    atMost500Lines: { en: "At most 500 lines", ru: "Не больше 500 позиций" },
    wholeDays: { en: "Whole days", ru: "Целое число дней" },
    atLeastOneDay: { en: "At least 1 day", ru: "Не меньше 1 дня" },
    atMost365Days: { en: "At most 365 days", ru: "Не больше 365 дней" },
    stageKey: { en: "Latin letters, digits and hyphens", ru: "Латинские буквы, цифры и дефисы" },
    keptStageKeys: {
      en: "Won and lost are kept for closed deals",
      ru: "Ключи won и lost заняты закрытыми сделками",
    },
    nameStage: { en: "Name the stage", ru: "Назовите этап" },
    shareOrder: { en: "The A share cannot exceed the B share", ru: "Доля A не может быть больше доли B" },
    oneStage: { en: "At least one stage", ru: "Нужен хотя бы один этап" },
    stageKeysDiffer: { en: "Stage keys must differ", ru: "Ключи этапов должны различаться" },
    dealOpened: {
      en: 'Expansion deal "{title}" opened (stage "{stage}")',
      ru: "Открыта сделка развития «{title}» (этап «{stage}»)",
    },
    dealMoved: {
      en: 'Expansion deal "{title}" moved to "{stage}"',
      ru: "Сделка развития «{title}»: этап «{stage}»",
    },
    dealWonFor: {
      en: 'Expansion deal "{title}" won for {amount}: order {order} paid',
      ru: "Сделка развития «{title}» выиграна на {amount}: заказ {order} оплачен",
    },
    dealLostFor: {
      en: 'Expansion deal "{title}" lost: {reason}',
      ru: "Сделка развития «{title}» проиграна: {reason}",
    },
    dealLostNoted: {
      en: 'Expansion deal "{title}" lost: {reason} — {note}',
      ru: "Сделка развития «{title}» проиграна: {reason} — {note}",
    },
    dealReopened: {
      en: 'Expansion deal "{title}" reopened at "{stage}"',
      ru: "Сделка развития «{title}» снова в работе (этап «{stage}»)",
    },
    reasonPrice: { en: "price too high", ru: "дорого" },
    reasonCompetitor: { en: "chose a competitor", ru: "выбрали конкурента" },
    reasonNoBudget: { en: "no budget", ru: "нет бюджета" },
    reasonNoNeed: { en: "no need", ru: "нет потребности" },
    reasonTiming: { en: "bad timing", ru: "не сейчас" },
    reasonOther: { en: "other", ru: "другое" },
  }),
);
