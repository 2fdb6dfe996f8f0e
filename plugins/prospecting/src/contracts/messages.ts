import { defineMessages, registerMessages } from "@quartet/core";

/**
 * Prospecting's messages for people: refusals, field messages (the admin's and a web form
 * visitor's) and timeline texts, worded on the server in the reader's language. English is what
 * the server said before the catalog existed.
 * Registered at import, so pure code and its table tests word the keys too; the manifest
 * lists it as `messages` for the host's boot check.
 *
 * @example throw new DomainError("NOT_FOUND", m.noSuchScript)
 */
export const m = registerMessages(
  defineMessages("prospecting", {
    noSuchClient: { en: "No such client", ru: "Такого клиента нет" },
    noSuchRequest: { en: "No such request", ru: "Такой заявки нет" },
    noSuchForm: { en: "No such form", ru: "Такой формы нет" },
    noSuchScript: { en: "No such script", ru: "Такого скрипта нет" },
    noSuchCallList: { en: "No such call list", ru: "Такого списка обзвона нет" },
    noSuchCampaign: { en: "No such campaign", ru: "Такой кампании нет" },
    noSuchRecord: { en: "No such call-list record", ru: "Такой записи в списке обзвона нет" },
    notFound: { en: "Not found", ru: "Не найдено" },
    notValid: { en: "Not valid", ru: "Неверное значение" },
    taken: { en: "Taken", ru: "Уже занято" },
    required: { en: "Required", ru: "Обязательное поле" },
    outOfRange: { en: "Out of range", ru: "Вне допустимого диапазона" },
    outOfOrder: { en: "Out of order", ru: "Не по порядку" },
    requestTriaged: {
      en: "The request was triaged by someone else meanwhile",
      ru: "Заявку тем временем уже разобрал кто-то другой",
    },
    requestAlready: { en: "The request is already {status}", ru: "Заявка уже {status}" },
    statusNew: { en: "new", ru: "новая" },
    statusQualified: { en: "qualified", ru: "квалифицирована" },
    statusMerged: { en: "merged", ru: "объединена с клиентом" },
    statusDismissed: { en: "dismissed", ru: "отклонена" },
    onlyTelegram: {
      en: "Only Telegram requests can be answered from here",
      ru: "Отсюда можно ответить только на заявки из Telegram",
    },
    connectBot: { en: "Connect the Telegram bot first", ru: "Сначала подключите Telegram-бота" },
    telegramRefusedMessage: {
      en: "Telegram did not accept the message; check the bot token",
      ru: "Telegram не принял сообщение: проверьте токен бота",
    },
    telegramSettingsFirst: {
      en: "Set the bot token and the webhook secret in the settings first",
      ru: "Сначала укажите в настройках токен бота и секрет вебхука",
    },
    telegramRefusedWebhook: {
      en: "Telegram refused the webhook; check the bot token",
      ru: "Telegram не принял вебхук: проверьте токен бота",
    },
    phoneNotValid: { en: "The phone is not valid", ru: "Неверный номер телефона" },
    contactNotValid: { en: "The {kind} is not valid", ru: "Неверно указан {kind}" },
    kindPhone: { en: "phone", ru: "телефон" },
    kindEmail: { en: "email", ru: "адрес почты" },
    listHasCampaign: { en: "This list already has a campaign", ru: "У этого списка уже есть кампания" },
    listNoCampaign: { en: "The list has no campaign", ru: "У этого списка нет кампании" },
    campaignPaused: { en: "The campaign is paused", ru: "Кампания на паузе" },
    noLongerHeld: { en: "You no longer hold this record", ru: "Эта запись уже не за вами" },
    noLongerHeldNext: {
      en: "You no longer hold this record; take the next one",
      ru: "Эта запись уже не за вами: возьмите следующую",
    },
    scriptEndedIn: {
      en: 'The script ended in "{disposition}"',
      ru: "Скрипт закончился итогом «{disposition}»",
    },
    expected: { en: "Expected {disposition}", ru: "Ожидался итог «{disposition}»" },
    chooseDisposition: { en: "Choose how the call ended", ru: "Выберите, чем закончился звонок" },
    scriptNoVersion: { en: "The script has no version {version}", ru: "У скрипта нет версии {version}" },
    scriptMoved: {
      en: "The script is at version {version} now; reload it",
      ru: "Скрипт уже в версии {version}: обновите страницу",
    },
    scriptNotPublishable: { en: "The script cannot be published", ru: "Скрипт нельзя опубликовать" },
    scriptEnded: { en: "The script has already ended", ru: "Скрипт уже закончился" },
    scriptNoStep: { en: 'The script has no step "{step}"', ru: "В скрипте нет шага «{step}»" },
    chooseOneOf: { en: "Choose one of: {options}", ru: "Выберите один из ответов: {options}" },
    fieldRequired: { en: "This field is required", ru: "Это поле обязательно" },
    upTo2000: { en: "Write up to 2000 characters", ru: "Не больше 2000 символов" },
    enterNumber: { en: "Enter a number", ru: "Введите число" },
    yesOrNo: { en: "Answer yes or no", ru: "Ответьте «да» или «нет»" },
    answerOrder: {
      en: 'Answer {n} is for step "{step}", expected step "{expected}"',
      ru: "Ответ {n} относится к шагу «{step}», а ожидался шаг «{expected}»",
    },
    answerAfterEnd: {
      en: 'Answer {n} is for step "{step}", expected nothing: the script has ended',
      ru: "Ответ {n} относится к шагу «{step}», но скрипт уже закончился",
    },
    duplicateStep: { en: 'Step "{step}" is defined twice', ru: "Шаг «{step}» задан дважды" },
    duplicateOption: { en: 'Step "{step}" repeats an option value', ru: "В шаге «{step}» повторяется ответ" },
    danglingEdge: {
      en: 'Step "{step}" leads to a missing step "{target}"',
      ru: "Шаг «{step}» ведёт к несуществующему шагу «{target}»",
    },
    missingStart: { en: 'The start step "{step}" does not exist', ru: "Начального шага «{step}» нет" },
    noOutcome: { en: "The script has no outcome", ru: "У скрипта нет итога: где-то его нужно завершить" },
    unreachable: {
      en: 'Step "{step}" cannot be reached from the start',
      ru: "До шага «{step}» нельзя дойти от начала",
    },
    noWayOut: {
      en: 'From step "{step}" no outcome can be reached',
      ru: "Из шага «{step}» нельзя дойти до итога",
    },
    stepId: { en: "Use lower-case letters, digits, _ and -", ru: "Строчные латинские буквы, цифры, _ и -" },
    writeText: { en: "Write the text", ru: "Напишите текст" },
    nameScript: { en: "Name the script", ru: "Назовите скрипт" },
    nameList: { en: "Name the list", ru: "Назовите список" },
    nameCampaign: { en: "Name the campaign", ru: "Назовите кампанию" },
    nameForm: { en: "Name the form", ru: "Назовите форму" },
    sayWhy: { en: "Say why", ru: "Укажите причину" },
    writeSomething: { en: "Write something", ru: "Напишите сообщение" },
    oneFilter: { en: "Choose at least one filter", ru: "Выберите хотя бы один фильтр" },
    idsOrFilter: { en: "Give client ids or a filter", ru: "Выберите клиентов или задайте фильтр" },
    dateFormat: { en: "Use YYYY-MM-DD", ru: "Дата в виде ГГГГ-ММ-ДД" },
    rangeUpTo92: { en: "Pick a range of up to 92 days", ru: "Выберите период не длиннее 92 дней" },
    clock: {
      en: "Use HH:MM, e.g. 09:00 (24:00 ends at midnight)",
      ru: "Время в виде ЧЧ:ММ, например 09:00 (24:00 — полночь)",
    },
    oneDay: { en: "Pick at least one day", ru: "Выберите хотя бы один день" },
    windowOrder: {
      en: "The window must end after it starts",
      ru: "Окно должно заканчиваться позже, чем начинается",
    },
    windowNoDays: { en: "The calling window has no days", ru: "В окне звонков не выбрано ни одного дня" },
    pickDay: { en: "Pick a day", ru: "Выберите день" },
    fieldKey: {
      en: "Use a-z, 0-9 and _, starting with a letter",
      ru: "Латиница a-z, цифры и _, начиная с буквы",
    },
    writeLabel: { en: "Write a label", ru: "Напишите подпись" },
    oneField: { en: "Add at least one field", ru: "Добавьте хотя бы одно поле" },
    sameKey: { en: "Two fields have the same key", ru: "У двух полей одинаковый ключ" },
    honeypotName: { en: "The honeypot needs a name of its own", ru: "Полю-ловушке нужен свой ключ" },
    reserved: { en: '"{key}" is reserved', ru: "Ключ «{key}» занят" },
    contactField: {
      en: "Ask for an email or a phone to answer on",
      ru: "Спросите email или телефон, чтобы было куда ответить",
    },
    origin: {
      en: "Write an origin like https://romashka.ru, without a path",
      ru: "Укажите сайт вида https://romashka.ru, без пути",
    },
    sourceFormat: {
      en: "Use lower-case letters, digits and : _ . -",
      ru: "Строчные латинские буквы, цифры и : _ . -",
    },
    publicUrlNeeded: {
      en: "Give the public URL where this server is reached",
      ru: "Укажите публичный адрес, по которому доступен сервер",
    },
    publicUrlField: {
      en: "Required (or set it in the prospecting settings)",
      ru: "Обязательное поле (или задайте его в настройках лидогенерации)",
    },
    fieldTarget: {
      en: "Use customFields.<key> or a core field: industry, region, city, website, address, legalName, inn",
      ru: "Поле клиента (industry, region, city, website, address, legalName, inn) или customFields.<ключ>",
    },
    tokenFormat: { en: "Use 1–256 letters, digits, _ or -", ru: "От 1 до 256 латинских букв, цифр, _ или -" },
    notJson: { en: "The body is not valid JSON", ru: "Тело запроса — не корректный JSON" },
    jsonObject: { en: "Send the fields as a JSON object", ru: "Отправьте поля JSON-объектом" },
    jsonOrForm: { en: "Send JSON or a form-encoded body", ru: "Отправьте JSON или данные формы" },
    postTooLarge: { en: "The form post is larger than {size} kB", ru: "Заявка с формы больше {size} КБ" },
    unknownEndpoint: { en: "Unknown endpoint", ru: "Неизвестный адрес" },
    originRefused: {
      en: "This origin may not post to the form",
      ru: "С этого сайта нельзя отправлять эту форму",
    },
    tooManyPosts: {
      en: "Too many posts; try again in a minute",
      ru: "Слишком много заявок: попробуйте через минуту",
    },
    formRefused: { en: "The form was not accepted", ru: "Форма не принята" },
    checkFields: { en: "Check the highlighted fields", ru: "Проверьте выделенные поля" },
    sendText: { en: "Send text", ru: "Отправьте текст" },
    notEmail: { en: "Not a valid email", ru: "Неверный адрес почты" },
    notPhone: { en: "Not a valid phone number", ru: "Неверный номер телефона" },
    consentRequired: { en: "Consent is required", ru: "Нужно согласие на обработку данных" },
    wrongSecret: { en: "Wrong secret token", ru: "Неверный секретный токен" },
    notTelegramUpdate: { en: "Not a Telegram update", ru: "Это не событие Telegram" },
  }),
);
