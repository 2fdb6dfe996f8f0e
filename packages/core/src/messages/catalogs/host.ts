import { defineMessages } from "../define.ts";
import { registerMessages } from "../registry.ts";

/** Refusals of the host: plugins and their settings, hook keys, the self-diagnostic, plan targets, search. */
export const hostMessages = registerMessages(
  defineMessages("core.host", {
    hookKeyFormat: {
      en: "A hook key must be 16–128 url-safe characters",
      ru: "Ключ адреса — от 16 до 128 символов, допустимых в URL",
    },
    invalid: { en: "Invalid", ru: "Указано неверно" },
    hookKeyTaken: { en: "This hook key is taken", ru: "Этот ключ адреса уже занят" },
    consultantTimeout: {
      en: "The consultant's address did not answer in time",
      ru: "Адрес консультанта не ответил вовремя",
    },
    consultantUnreachable: {
      en: "The consultant's address cannot be reached",
      ru: "Адрес консультанта недоступен",
    },
    noDiagnostic: { en: "No such diagnostic", ru: "Такой самодиагностики нет" },
    unknownDiagnostic: { en: "Unknown diagnostic", ru: "Неизвестная самодиагностика" },
    consultantNotConfigured: {
      en: "Sending to a consultant is not configured on this server",
      ru: "Отправка консультанту на этом сервере не настроена",
    },
    consultantMailFailed: {
      en: "The mail to the consultant could not be sent",
      ru: "Письмо консультанту отправить не удалось",
    },
    someTargets: { en: "Some targets cannot be set", ru: "Некоторые цели задать нельзя" },
    chooseFunction: { en: "Choose a function", ru: "Выберите функцию" },
    chooseMetric: { en: "Choose a metric", ru: "Выберите показатель" },
    enterNumber: { en: "Enter a number", ru: "Введите число" },
    targetNegative: { en: "A target cannot be negative", ru: "Цель не может быть отрицательной" },
    targetTooLarge: { en: "The target is too large", ru: "Слишком большая цель" },
    atLeastOneTarget: { en: "Set at least one target", ru: "Задайте хотя бы одну цель" },
    atMost200Targets: { en: "At most 200 targets at once", ru: "Не больше 200 целей за раз" },
    chooseDiagnostic: { en: "Choose a diagnostic", ru: "Выберите самодиагностику" },
    giveName: { en: "Give your name", ru: "Укажите имя" },
    givePhone: { en: "Give a phone", ru: "Укажите телефон" },
    notPhone: { en: "Not a phone number", ru: "Это не номер телефона" },
    daysRange: { en: "Days must be a whole number from 1 to 365", ru: "Число дней — целое, от 1 до 365" },
    typeToSearch: { en: "Type something to search for", ru: "Введите, что искать" },
    settingsInvalidFix: {
      en: 'The settings of "{plugin}" are invalid; an administrator must fix them on the functions page',
      ru: "Настройки модуля «{plugin}» неверны; администратор должен исправить их на странице функций",
    },
    settingsInvalid: {
      en: 'Invalid settings for "{plugin}" — {summary}',
      ru: "Неверные настройки модуля «{plugin}» — {summary}",
    },
    pluginNotInstalled: {
      en: 'Plugin "{plugin}" is not installed on this server',
      ru: "Модуль «{plugin}» не установлен на этом сервере",
    },
    stillEnabled: {
      en: 'Plugin "{plugin}" is still enabled; it cannot be purged',
      ru: "Модуль «{plugin}» ещё включён; его данные нельзя удалить",
    },
    dependents: {
      en: 'Cannot disable "{plugin}": enabled plugins depend on it: {dependents}. Disable them first or cascade.',
      ru: "Нельзя выключить «{plugin}»: от него зависят включённые модули {dependents}. Сначала выключите их или выключите вместе.",
    },
    enableFirst: {
      en: 'Enable "{plugin}" before changing its settings',
      ru: "Включите «{plugin}», прежде чем менять его настройки",
    },
    migrateFailed: {
      en: 'Plugin "{plugin}" failed to migrate: {error}',
      ru: "Модуль «{plugin}» не смог обновить базу: {error}",
    },
    migrationOutsidePrefix: {
      en: 'Plugin "{plugin}" is refused: its migration {migration} would {action} table "{table}", but a plugin changes only its own tables (starting with "{prefix}")',
      ru: "Модуль «{plugin}» не допущен: его миграция {migration} пытается {action} таблицу «{table}», а модулю можно менять только свои таблицы (начинающиеся с «{prefix}»)",
    },
    migrationStatement: {
      en: 'Plugin "{plugin}" is refused: its migration {migration} runs "{statement}", which a plugin\'s migration may not run',
      ru: "Модуль «{plugin}» не допущен: его миграция {migration} выполняет «{statement}», а миграциям модулей это запрещено",
    },
    enableFailed: {
      en: 'Plugin "{plugin}" failed to enable: {error}',
      ru: "Модуль «{plugin}» не включился: {error}",
    },
    consultantAnswered: {
      en: "The consultant's address answered {status}",
      ru: "Адрес консультанта ответил {status}",
    },
    noDeadDelivery: { en: 'No dead delivery "{delivery}"', ru: "Недоставленного события «{delivery}» нет" },
    chooseSignal: { en: "Choose a readiness signal", ru: "Выберите сигнал готовности" },
    choosePlugin: { en: "Choose a plugin", ru: "Выберите модуль" },
    wholeNumberKopecks: {
      en: "Enter a whole number (money in kopecks)",
      ru: "Введите целое число (деньги — в копейках)",
    },
    crossSite: { en: "Cross-site request refused", ru: "Запрос с другого сайта отклонён" },
    bodyTooLarge: { en: "The request body is too large", ru: "Тело запроса слишком большое" },
    requestOverLimit: {
      en: "The request is larger than {kilobytes} KB",
      ru: "Запрос больше допустимых {kilobytes} КБ",
    },
  }),
);
