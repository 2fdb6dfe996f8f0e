import { defineMessages, registerMessages } from "@quartet/core";

/**
 * VIP's messages for people: refusals and field messages, worded on the server in the reader's
 * language. English is what the server said before the catalog existed.
 * Registered at import, so pure code and its table tests word the keys too; the manifest
 * lists it as `messages` for the host's boot check.
 *
 * @example throw new DomainError("NOT_FOUND", m.noSuchClient, { fields: { clientId: m.noSuchClient } })
 */
export const m = registerMessages(
  defineMessages("vip", {
    noSuchClient: { en: "No such client", ru: "Такого клиента нет" },
    noSuchTierProgram: { en: "The program has no such tier", ru: "В программе нет такого уровня" },
    noSuchTier: { en: "No such tier", ru: "Такого уровня нет" },
    lastDayPast: { en: "The last day is already past", ru: "Последний день уже прошёл" },
    alreadyPast: { en: "Already past", ru: "Эта дата уже прошла" },
    reviewAhead: { en: "A review cannot be recorded ahead", ru: "Ревизию нельзя записать будущим числом" },
    inFuture: { en: "In the future", ru: "Дата в будущем" },
    onlyVipReviewed: {
      en: "Only a client in a VIP tier is reviewed",
      ru: "Ревизию проводят только для клиентов VIP-уровня",
    },
    businessMinutes: {
      en: "Business minutes must be a finite number of at least 0, got {minutes}",
      ru: "Рабочих минут должно быть не меньше 0, а не {minutes}",
    },
    noHoursAhead: {
      en: "The business calendar has no working hours ahead",
      ru: "В рабочем календаре впереди нет рабочих часов",
    },
    notBeforeStart: { en: "Must not be before the start", ru: "Не раньше начала периода" },
    chooseClient: { en: "Choose a client", ru: "Выберите клиента" },
    chooseTier: { en: "Choose a tier", ru: "Выберите уровень" },
    sayWhy: { en: "Say why", ru: "Укажите причину" },
    writeReview: { en: "Write what the review found", ru: "Напишите, что показала ревизия" },
    dateFormat: { en: "A date as YYYY-MM-DD", ru: "Дата в виде ГГГГ-ММ-ДД" },
    noSuchDate: { en: "No such date", ru: "Такой даты нет" },
    timeFormat: { en: "A time as HH:MM, e.g. 09:00", ru: "Время в виде ЧЧ:ММ, например 09:00" },
    wholeMonths: { en: "Whole months", ru: "Целое число месяцев" },
    wholeDays: { en: "Whole days", ru: "Целое число дней" },
    wholeQuarters: { en: "Whole quarters", ru: "Целое число кварталов" },
    wholeNumber: { en: "A whole number", ru: "Целое число" },
    wholeKopecks: { en: "Whole kopecks", ru: "Сумма в целых копейках" },
    atLeastOneMonth: { en: "At least 1 month", ru: "Не меньше 1 месяца" },
    atMost60Months: { en: "At most 60 months", ru: "Не больше 60 месяцев" },
    atMost24Months: { en: "At most 24 months", ru: "Не больше 24 месяцев" },
    atMost600Months: { en: "At most 600 months", ru: "Не больше 600 месяцев" },
    atMost20Quarters: { en: "At most 20 quarters", ru: "Не больше 20 кварталов" },
    atMost365Days: { en: "At most 365 days", ru: "Не больше 365 дней" },
    atMost730Days: { en: "At most 730 days", ru: "Не больше 730 дней" },
    aboveZero: { en: "Set an amount above zero", ru: "Укажите сумму больше нуля" },
    tooLarge: { en: "Too large", ru: "Слишком большое число" },
    nameInRussian: { en: "Name it in Russian", ru: "Впишите название по-русски" },
    nameInEnglish: { en: "Name it in English", ru: "Впишите название по-английски" },
    notNegative: { en: "Cannot be negative", ru: "Не может быть меньше нуля" },
    atMost100Percent: { en: "At most 100 %", ru: "Не больше 100 %" },
    twoDecimals: { en: "At most two decimals", ru: "Не больше двух знаков после запятой" },
    quarterHour: { en: "At least a quarter of an hour", ru: "Не меньше четверти часа" },
    atMost720Hours: { en: "At most 720 business hours", ru: "Не больше 720 рабочих часов" },
    quarters: { en: "In quarters of an hour", ru: "Шаг — четверть часа" },
    tierKey: {
      en: "Up to 40 lower-case Latin letters, digits or dashes",
      ru: "До 40 строчных латинских букв, цифр или дефисов",
    },
    oneCriterion: { en: "Add at least one criterion", ru: "Добавьте хотя бы одно условие" },
    atMost12Criteria: { en: "At most 12 criteria", ru: "Не больше 12 условий" },
    oneTier: { en: "Define at least one tier", ru: "Задайте хотя бы один уровень" },
    atMost10Tiers: { en: "At most 10 tiers", ru: "Не больше 10 уровней" },
    tierKeys: { en: "Tier keys must differ", ru: "Ключи уровней должны различаться" },
    oneCategory: { en: "Pick at least one category", ru: "Выберите хотя бы одну категорию" },
    atMost50Categories: { en: "At most 50 categories", ru: "Не больше 50 категорий" },
    categoryTwice: { en: "A category is picked twice", ru: "Категория выбрана дважды" },
    dayEnds: { en: "The day must end after it starts", ru: "Конец дня должен быть позже начала" },
    oneWorkday: { en: "At least one working day a week", ru: "Нужен хотя бы один рабочий день в неделю" },
    unknownTimeZone: { en: "Unknown time zone", ru: "Неизвестный часовой пояс" },
    atMost400Holidays: { en: "At most 400 holidays", ru: "Не больше 400 праздничных дней" },
    atMost200Extra: { en: "At most 200 extra working days", ru: "Не больше 200 дополнительных рабочих дней" },
    listedTwice: { en: "This date is listed twice", ru: "Эта дата указана дважды" },
    alsoHoliday: { en: "This date is also a holiday", ru: "Эта дата указана и как праздник" },
  }),
);
