import { defineMessages, registerMessages } from "@quartet/core";

/**
 * First sale's messages for people: refusals, field messages and timeline texts, worded on the
 * server in the viewer's language. English is what the server said before the catalog existed.
 * Registered at import, so pure code and its table tests word the keys too; the manifest
 * lists it as `messages` for the host's boot check.
 *
 * @example throw new DomainError("NOT_FOUND", m.noSuchDeal, { fields: { dealId: m.noSuchDeal } })
 */
export const m = registerMessages(
  defineMessages("first-sale", {
    recordsUnavailable: {
      en: "Client records are not available on this server yet",
      ru: "Карточки клиентов на этом сервере пока недоступны",
    },
    noSuchClient: { en: "No such client", ru: "Такого клиента нет" },
    noSuchDeal: { en: "No such deal", ru: "Такой сделки нет" },
    noSuchPipeline: { en: "No such pipeline", ru: "Такой воронки нет" },
    noSuchStage: { en: "No such stage", ru: "Такого этапа нет" },
    noSuchProposal: { en: "No such proposal", ru: "Такого КП нет" },
    noSuchVersion: { en: "No such version", ru: "Такой версии КП нет" },
    invalidCursor: { en: "Invalid cursor", ru: "Список устарел: обновите страницу" },
    hunterNotMember: {
      en: "The hunter must be a member of the organisation",
      ru: "Охотник должен быть сотрудником организации",
    },
    notMember: { en: "Not a member of the organisation", ru: "Не сотрудник организации" },
    clientsWriteNeeded: {
      en: "Creating a client needs core.clients.write",
      ru: "Чтобы завести клиента, нужно право создавать клиентов",
    },
    mayNotCreateClients: { en: "You may not create clients", ru: "Вам нельзя заводить клиентов" },
    chooseClient: { en: "Choose a client", ru: "Выберите клиента" },
    clientOrNew: {
      en: "Choose a client or name a new one, not both",
      ru: "Выберите клиента или впишите нового — что-то одно",
    },
    nameClient: { en: "Name the client", ru: "Впишите название клиента" },
    nameDeal: { en: "Name the deal", ru: "Назовите сделку" },
    chooseDeal: { en: "Choose a deal", ru: "Выберите сделку" },
    chooseStage: { en: "Choose a stage", ru: "Выберите этап" },
    choosePipeline: { en: "Choose a pipeline", ru: "Выберите воронку" },
    chooseProposal: { en: "Choose a proposal", ru: "Выберите КП" },
    nameSource: { en: "Name a source", ru: "Укажите источник" },
    nameLine: { en: "Name the line", ru: "Назовите позицию" },
    quantity: { en: "Quantity must be a positive number", ru: "Количество должно быть больше нуля" },
    dateFormat: { en: "Use a date as YYYY-MM-DD", ru: "Дата в виде ГГГГ-ММ-ДД" },
    wholeKopecks: { en: "Give whole kopecks", ru: "Сумма в целых копейках" },
    wholePercent: { en: "Whole percent", ru: "Целое число процентов" },
    wholeDays: { en: "Whole days", ru: "Целое число дней" },
    notNegative: { en: "Cannot be negative", ru: "Не может быть меньше нуля" },
    atLeast0Percent: { en: "At least 0 %", ru: "Не меньше 0 %" },
    atLeast1Percent: { en: "At least 1 %", ru: "Не меньше 1 %" },
    atMost100Percent: { en: "At most 100 %", ru: "Не больше 100 %" },
    atLeastOneDay: { en: "At least 1 day", ru: "Не меньше 1 дня" },
    atMost365Days: { en: "At most 365 days", ru: "Не больше 365 дней" },
    unknownCurrency: { en: "Unknown currency", ru: "Неизвестная валюта" },
    closedNoMove: {
      en: "The deal is {status} and no longer moves between stages",
      ru: "Сделка {status} и больше не переходит между этапами",
    },
    lostNoMove: {
      en: "The deal is lost and no longer moves between stages; reopen it first",
      ru: "Сделка проиграна и больше не переходит между этапами: сначала верните её в работу",
    },
    otherPipeline: { en: "The stage belongs to another pipeline", ru: "Этот этап из другой воронки" },
    stageOfDealPipeline: {
      en: "Choose a stage of the deal's pipeline",
      ru: "Выберите этап воронки этой сделки",
    },
    wonStaysWon: { en: "A won deal cannot be reopened", ru: "Выигранную сделку нельзя вернуть в работу" },
    openAlready: { en: "The deal is open already", ru: "Сделка и так в работе" },
    closedFor: { en: "The deal is {status}: {what} is closed", ru: "Сделка {status}: {what} больше нельзя" },
    whatNextStep: { en: "its next step", ru: "менять следующий шаг" },
    whatChanging: { en: "changing it", ru: "менять её" },
    whatLines: { en: "changing its lines", ru: "менять позиции" },
    whatProposals: { en: "writing proposals", ru: "готовить КП" },
    statusWon: { en: "won", ru: "выиграна" },
    statusLost: { en: "lost", ru: "проиграна" },
    statusOpen: { en: "open", ru: "в работе" },
    reopenFirst: {
      en: "The deal is lost: reopen it first",
      ru: "Сделка проиграна: сначала верните её в работу",
    },
    lostBeforeInvoice: {
      en: "The deal is lost: reopen it before invoicing",
      ru: "Сделка проиграна: верните её в работу, прежде чем выставлять счёт",
    },
    invoicedAlready: {
      en: "The deal is invoiced already: order {number}",
      ru: "По сделке уже выставлен счёт: заказ {number}",
    },
    linesBeforeInvoice: {
      en: "Add line items to the deal before issuing an invoice",
      ru: "Добавьте позиции в сделку, прежде чем выставлять счёт",
    },
    oneLine: { en: "Add at least one line", ru: "Добавьте хотя бы одну позицию" },
    atMost200Lines: { en: "At most 200 lines", ru: "Не больше 200 позиций" },
    linesFixed: {
      en: "Invoice {number} is issued; its lines can no longer change",
      ru: "Счёт {number} выставлен: позиции больше не меняются",
    },
    startWorking: {
      en: "A new deal starts in a working stage of its pipeline",
      ru: "Новая сделка начинается с рабочего этапа воронки",
    },
    chooseWorkingStage: {
      en: "Choose a working stage of the pipeline",
      ru: "Выберите рабочий этап воронки",
    },
    noWorkingStage: { en: "The pipeline has no working stage", ru: "В воронке нет рабочего этапа" },
    noTerminalStage: { en: "The pipeline has no {kind} stage", ru: "В воронке нет этапа «{kind}»" },
    reopenWorking: {
      en: "Reopen the deal into a working stage of its pipeline",
      ru: "Верните сделку в рабочий этап её воронки",
    },
    chooseDealWorkingStage: {
      en: "Choose a working stage of the deal's pipeline",
      ru: "Выберите рабочий этап воронки этой сделки",
    },
    wonFullPayment: {
      en: "The deal cannot be marked won: the organisation counts a sale when it is paid in full, and {paid} % is paid",
      ru: "Сделку нельзя отметить выигранной: продажа считается по полной оплате, оплачено {paid} %",
    },
    wonPrepayment: {
      en: "The deal cannot be marked won: the organisation counts a sale at a prepayment of {percent} %, and {paid} % is paid",
      ru: "Сделку нельзя отметить выигранной: нужна предоплата от {percent} %, оплачено {paid} %",
    },
    wonContract: {
      en: "The deal cannot be marked won: the organisation counts a sale when the contract is signed, and it is not",
      ru: "Сделку нельзя отметить выигранной: продажа считается по подписанному договору, а он не подписан",
    },
    lostNeedsReason: {
      en: "A lost deal needs a reason: give `reason`, one of {choices}",
      ru: "Укажите, почему сделка проиграна: {choices}",
    },
    chooseLostReason: {
      en: "Choose why the deal was lost: {choices}",
      ru: "Выберите, почему сделка проиграна: {choices}",
    },
    unknownLostReason: {
      en: 'Unknown lost reason "{reason}": `reason` must be one of {choices}',
      ru: "Причины «{reason}» нет в списке; выберите одну из: {choices}",
    },
    unknownReasonField: {
      en: 'Unknown reason "{reason}"; choose one of {choices}',
      ru: "Причины «{reason}» нет в списке; выберите одну из: {choices}",
    },
    reasonNeedsNote: {
      en: 'The reason "{reason}" needs a note',
      ru: "Для причины «{reason}» нужен комментарий",
    },
    lostNote: {
      en: "Explain in a few words why the deal was lost",
      ru: "Поясните в двух словах, почему сделка проиграна",
    },
    oneWorkingStage: {
      en: "A pipeline needs at least one working stage",
      ru: "В воронке должен быть хотя бы один рабочий этап",
    },
    nameStage: { en: "Name the stage", ru: "Назовите этап" },
    duplicateStage: { en: 'Two stages are called "{name}"', ru: "Два этапа называются «{name}»" },
    noSuchWorkingStage: {
      en: "No such working stage in this pipeline",
      ru: "В этой воронке нет такого рабочего этапа",
    },
    stageHoldsDeals: {
      en: 'Stage "{name}" still holds {count} open deal(s); move them first',
      ru: {
        one: "На этапе «{name}» ещё {count} открытая сделка: сначала перенесите её",
        few: "На этапе «{name}» ещё {count} открытые сделки: сначала перенесите их",
        many: "На этапе «{name}» ещё {count} открытых сделок: сначала перенесите их",
        other: "На этапе «{name}» ещё {count} открытой сделки: сначала перенесите их",
      },
    },
    namePipeline: { en: "Name the pipeline", ru: "Назовите воронку" },
    oneStage: { en: "Add at least one stage", ru: "Добавьте хотя бы один этап" },
    atMost20Stages: { en: "At most 20 stages", ru: "Не больше 20 этапов" },
    defaultPipeline: {
      en: "This is the default pipeline; make another one the default first",
      ru: "Это основная воронка: сначала сделайте основной другую",
    },
    pipelineHoldsDeals: {
      en: "The pipeline holds {count} deal(s) and cannot be deleted",
      ru: {
        one: "В воронке {count} сделка, удалить её нельзя",
        few: "В воронке {count} сделки, удалить её нельзя",
        many: "В воронке {count} сделок, удалить её нельзя",
        other: "В воронке {count} сделки, удалить её нельзя",
      },
    },
    proposalLines: { en: "A proposal needs at least one line", ru: "В КП нужна хотя бы одна позиция" },
    proposalValidity: {
      en: "A proposal cannot expire before it is issued",
      ru: "КП не может истечь раньше дня выставления",
    },
    chooseDateFrom: { en: "Choose {date} or later", ru: "Выберите {date} или позже" },
    proposalStatus: {
      en: "A {from} proposal cannot be marked {to}",
      ru: "КП со статусом «{from}» нельзя отметить как «{to}»",
    },
    proposalDraft: { en: "draft", ru: "черновик" },
    proposalSent: { en: "sent", ru: "отправлено" },
    proposalAccepted: { en: "accepted", ru: "принято" },
    proposalDeclined: { en: "declined", ru: "отклонено" },
    acceptedProposal: {
      en: "The client accepted this proposal; write a new one instead",
      ru: "Клиент принял это КП: подготовьте новое",
    },
    reasonKey: {
      en: "Use up to 40 lower-case letters, digits or dashes",
      ru: "До 40 строчных латинских букв, цифр или дефисов",
    },
    nameInRussian: { en: "Name it in Russian", ru: "Впишите название по-русски" },
    nameInEnglish: { en: "Name it in English", ru: "Впишите название по-английски" },
    oneReason: { en: "Keep at least one reason", ru: "Оставьте хотя бы одну причину" },
    atMost50Reasons: { en: "At most 50 reasons", ru: "Не больше 50 причин" },
    reasonKeys: { en: "Reason keys must be unique", ru: "У двух причин одинаковый код" },
    dealOpened: {
      en: 'Deal "{title}" opened (stage "{stage}")',
      ru: "Открыта сделка «{title}» (этап «{stage}»)",
    },
    dealMoved: { en: 'Deal "{title}" moved to "{stage}"', ru: "Сделка «{title}»: этап «{stage}»" },
    dealWon: {
      en: 'Deal "{title}" won for {amount}: {basis}',
      ru: "Сделка «{title}» выиграна на {amount}: {basis}",
    },
    dealLost: { en: 'Deal "{title}" lost: {reason}', ru: "Сделка «{title}» проиграна: {reason}" },
    dealLostNoted: {
      en: 'Deal "{title}" lost: {reason}. {note}',
      ru: "Сделка «{title}» проиграна: {reason}. {note}",
    },
    dealReopened: {
      en: 'Deal "{title}" reopened at "{stage}"',
      ru: "Сделка «{title}» снова в работе (этап «{stage}»)",
    },
    dealContractSigned: {
      en: 'Contract signed for deal "{title}"',
      ru: "По сделке «{title}» подписан договор",
    },
    handoffNote: { en: 'First sale: "{title}" for {amount}', ru: "Первая продажа: «{title}» на {amount}" },
    basisFullPayment: { en: "paid in full", ru: "оплачена полностью" },
    basisPrepayment: { en: "prepayment received", ru: "получена предоплата" },
    basisContract: { en: "contract signed", ru: "подписан договор" },
    proposalWasSent: { en: "Proposal {number} sent", ru: "Коммерческое предложение {number} отправлено" },
    proposalWasAccepted: {
      en: "Proposal {number} accepted by the client",
      ru: "Коммерческое предложение {number} принято клиентом",
    },
    proposalWasDeclined: {
      en: "Proposal {number} declined by the client",
      ru: "Коммерческое предложение {number} отклонено клиентом",
    },
    chooseLead: { en: "Choose a lead", ru: "Выберите лид" },
    noSuchLead: {
      en: "This client has no such qualified lead",
      ru: "У этого клиента нет такого квалифицированного лида",
    },
    leadHasDeal: {
      en: "This lead already has a deal: {title}",
      ru: "По этому лиду уже есть сделка «{title}»",
    },
    dealHasLead: {
      en: "This deal is already linked to a lead",
      ru: "Сделка уже связана с лидом",
    },
    dealLinkedToLead: {
      en: 'Deal "{title}" linked to the lead from {source}',
      ru: "Сделка «{title}» связана с лидом из источника «{source}»",
    },
    dealLinkedToLeadPlain: {
      en: 'Deal "{title}" linked to a qualified lead',
      ru: "Сделка «{title}» связана с квалифицированным лидом",
    },
  }),
);
