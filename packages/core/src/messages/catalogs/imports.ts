import { defineMessages } from "../define.ts";
import { registerMessages } from "../registry.ts";

/** Refusals and row problems of CSV imports of clients. */
export const importMessages = registerMessages(
  defineMessages("core.imports", {
    noSuchImport: { en: "No such import", ru: "Такой загрузки нет" },
    notWaiting: {
      en: "The import is {status}, not waiting to start",
      ru: "Загрузка в состоянии «{status}», а не ждёт запуска",
    },
    alreadyStarted: { en: "The import has already started", ru: "Загрузка уже началась" },
    onlyFailedResumes: {
      en: "The import is {status}; only a failed or stopped import resumes",
      ru: "Загрузка в состоянии «{status}»; продолжить можно только прерванную или остановленную",
    },
    alreadyEnded: { en: "The import has already ended", ru: "Загрузка уже закончилась" },
    mappingMismatch: {
      en: "The mapping does not fit the file",
      ru: "Сопоставление столбцов не подходит к файлу",
    },
    fileTooLarge: { en: "The file is larger than {megabytes} MB", ru: "Файл больше {megabytes} МБ" },
    sendFileItself: {
      en: "Send the CSV file itself as the request body, not as a form",
      ru: "Отправьте сам CSV-файл телом запроса, а не формой",
    },
    fileEmpty: { en: "The file is empty", ru: "Файл пустой" },
    notCsv: { en: "The file is not a readable CSV", ru: "Файл не читается как CSV" },
    noHeader: { en: "The file has no header row", ru: "В файле нет строки заголовков" },
    running: { en: "The import is running", ru: "Загрузка идёт" },
    over: { en: "The import is over", ru: "Загрузка закончена" },
    internal: { en: "Internal error while importing", ru: "Внутренняя ошибка при загрузке" },
    alreadyInDatabase: {
      // `client` (the existing client's id) stays in the parameters for API clients; a person reads no ids.
      en: "Already in the database: the {kind} matches an existing client",
      ru: "Уже есть в базе: {kind} совпадает с одним из клиентов",
    },
    repeatsEarlier: {
      en: "Repeats an earlier row of the file: the same {kind}",
      ru: "Повторяет одну из строк выше: тот же {kind}",
    },
    repeatsRow: {
      en: "Repeats row {row} of the file: the same {kind}",
      ru: "Повторяет строку {row} файла: тот же {kind}",
    },
    createdAnyway: { en: "{message} (created anyway)", ru: "{message} (всё равно создан)" },
    matchesClient: {
      en: "Already in the database: the {kind} matches the client «{name}»",
      ru: "Уже есть в базе: {kind} совпадает с клиентом «{name}»",
    },
    blanksFilled: {
      en: "{message}: its empty fields are filled from the row",
      ru: "{message}: его пустые поля заполнены из строки",
    },
    contactAttached: {
      en: "{message}: the row's contact is added to it",
      ru: "{message}: контакт из строки добавлен к нему",
    },
    valueDropped: {
      en: "Not imported, the client is created without it: {message}",
      ru: "Не загружено, клиент создан без этого значения: {message}",
    },
    placeholder: {
      en: "a placeholder, not a value",
      ru: "это заглушка, а не значение",
    },
    rowRefused: { en: "Refused", ru: "Не загружена" },
    rowDuplicate: { en: "Duplicate", ru: "Дубль" },
    rowWarning: { en: "Warning", ru: "Предупреждение" },
    registryOff: {
      en: "The requisites service is not set up: add its key in Settings → Requisites service",
      ru: "Сервис реквизитов не подключён — добавьте ключ в «Настройки → Сервис реквизитов»",
    },
    registryNotFound: {
      en: "No company with this INN in the registry: requisites not filled",
      ru: "В реестре нет компании с этим ИНН — реквизиты не заполнены",
    },
    registryUnavailable: {
      en: "The requisites service did not answer: requisites not filled",
      ru: "Сервис реквизитов не ответил — реквизиты не заполнены",
    },
    registryTokenRefused: {
      en: "The requisites service refused the key: requisites not filled",
      ru: "Сервис реквизитов не принял ключ — реквизиты не заполнены",
    },
    kindInn: { en: "INN", ru: "ИНН" },
    kindPhone: { en: "phone", ru: "телефон" },
    kindEmail: { en: "email", ru: "адрес почты" },
    kindDomain: { en: "domain", ru: "сайт" },
  }),
);
