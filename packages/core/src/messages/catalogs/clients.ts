import { defineMessages } from "../define.ts";
import { registerMessages } from "../registry.ts";

/** Refusals of client records' own rules: tax ids, phones, emails, stages, handoffs, orders, money. */
export const clientMessages = registerMessages(
  defineMessages("core.clients", {
    nameRequired: { en: "Name is required", ru: "Укажите название" },
    innFormat: {
      en: "INN must have 10 digits (organisation) or 12 digits (person)",
      ru: "ИНН должен состоять из 10 цифр (организация) или 12 цифр (физлицо)",
    },
    innChecksum: { en: "INN checksum does not match", ru: "Контрольная сумма ИНН не сходится" },
    innCharacters: {
      en: "INN is made of digits only",
      ru: "ИНН состоит только из цифр",
    },
    innZeros: { en: "INN cannot be all zeros", ru: "ИНН не может состоять из одних нулей" },
    innRegion: {
      en: "INN cannot start with 00: there is no such region code",
      ru: "ИНН не может начинаться с 00: такого кода региона нет",
    },
    kppLength: { en: "KPP must have 9 characters", ru: "КПП состоит из 9 знаков" },
    kppCharacters: {
      en: "KPP is made of digits and capital Latin letters",
      ru: "КПП состоит из цифр и заглавных латинских букв",
    },
    kppZeros: { en: "KPP cannot be all zeros", ru: "КПП не может состоять из одних нулей" },
    ogrnCharacters: {
      en: "OGRN is made of digits only",
      ru: "ОГРН состоит только из цифр",
    },
    ogrnZeros: { en: "OGRN cannot be all zeros", ru: "ОГРН не может состоять из одних нулей" },
    kppFormat: {
      en: "KPP must have 9 characters: 4 digits, 2 digits or capital Latin letters, 3 digits",
      ru: "КПП — 9 знаков: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры",
    },
    kppChecksum: { en: "KPP is not valid", ru: "КПП указан неверно" },
    ogrnFormat: {
      en: "OGRN must have 13 digits (OGRNIP: 15 digits)",
      ru: "ОГРН состоит из 13 цифр (ОГРНИП — из 15)",
    },
    ogrnChecksum: { en: "OGRN check digit does not match", ru: "Неверная контрольная цифра ОГРН" },
    innPerson: { en: "A private person's INN has 12 digits", ru: "ИНН частного лица состоит из 12 цифр" },
    kppIndividual: {
      en: "Only organisations with a 10-digit INN have a KPP",
      ru: "КПП есть только у организаций с 10-значным ИНН",
    },
    ogrnKind: {
      en: "OGRN (13 digits) goes with a 10-digit INN, OGRNIP (15 digits) with a 12-digit one",
      ru: "ОГРН (13 цифр) идёт с 10-значным ИНН, ОГРНИП (15 цифр) — с 12-значным",
    },
    phoneInvalid: { en: "Phone number is not valid", ru: "Номер телефона указан неверно" },
    emailInvalid: { en: "Email address is not valid", ru: "Адрес почты указан неверно" },
    websiteInvalid: { en: "Website is not a valid domain or address", ru: "Сайт указан неверно" },
    phonesMax: { en: "At most 20 phone numbers", ru: "Не больше 20 номеров телефона" },
    emailsMax: { en: "At most 20 email addresses", ru: "Не больше 20 адресов почты" },
    tagsMax: { en: "At most 50 tags", ru: "Не больше 50 меток" },
    customFieldsMax: { en: "At most 100 custom fields", ru: "Не больше 100 дополнительных полей" },
    rejectNeedsReason: {
      en: "Rejecting a handoff needs a reason",
      ru: "Чтобы отклонить передачу, укажите причину",
    },
    rejectReason: { en: "A reason is required to reject a handoff", ru: "Укажите причину отказа" },
    notPastAcceptBy: {
      en: "The handoff is not past its accept-by time yet",
      ru: "Срок, до которого передачу нужно принять, ещё не истёк",
    },
    totalNegative: {
      en: "An order total cannot be negative",
      ru: "Сумма заказа не может быть отрицательной",
    },
    mustNotBeNegative: { en: "Must not be negative", ru: "Не может быть отрицательным" },
    backNeedsReason: {
      en: "Moving a client back needs a reason",
      ru: "Чтобы вернуть клиента на прежний этап, укажите причину",
    },
    backReason: { en: "A reason is required to move a client back", ru: "Укажите причину возврата" },
    customerBasis: {
      en: "A client becomes a customer by a first payment or a manual mark",
      ru: "Клиент становится покупателем после первой оплаты или отметки вручную",
    },
    sayBasis: {
      en: "Say whether the client paid or is marked a customer by hand",
      ru: "Укажите, оплатил ли клиент или отмечен покупателем вручную",
    },
    allZeroRatios: {
      en: "Cannot allocate over ratios that are all zero",
      ru: "Нельзя распределить сумму по нулевым долям",
    },
    noRatios: { en: "Cannot allocate over no ratios", ru: "Нельзя распределить сумму без долей" },
    invalidCandidates: { en: "Invalid assignment candidates", ru: "Кандидаты на назначение указаны неверно" },
    orderLine: { en: 'Order line "{name}": {message}', ru: "Позиция «{name}»: {message}" },
    quantityDecimals: {
      en: "Quantity has at most 3 decimal places",
      ru: "Не больше трёх знаков после запятой в количестве",
    },
    priceNotNegative: { en: "Price must not be negative", ru: "Цена не может быть отрицательной" },
    discountRange: { en: "Discount must be between 0 and 100 %", ru: "Скидка — от 0 до 100 %" },
    linePricedIn: {
      en: "Line {line} is priced in {lineCurrency}, the order in {currency}",
      ru: "Позиция {line} в валюте {lineCurrency}, а заказ — в {currency}",
    },
    expectedPriceIn: { en: "Expected a price in {currency}", ru: "Нужна цена в валюте {currency}" },
    paymentIn: {
      en: "Payment {payment} is in {paymentCurrency}, the order in {currency}",
      ru: "Оплата {payment} в валюте {paymentCurrency}, а заказ — в {currency}",
    },
    expectedAmountIn: { en: "Expected an amount in {currency}", ru: "Нужна сумма в валюте {currency}" },
    alreadyAtStage: { en: "The client is already at the {stage} stage", ru: "Клиент уже на этапе «{stage}»" },
    backOnlyTo: {
      en: "A client can move back only to prospect or lead, not from {from} to {to}",
      ru: "Вернуть клиента можно только в потенциальные или лиды, а не с этапа «{from}» на «{to}»",
    },
    handoffFinal: {
      en: "The handoff is already {state} and cannot change",
      ru: "Передача уже завершена ({state}) и не меняется",
    },
    decimalPlaces: {
      en: '{currency} amounts have at most {exponent} decimal places: "{value}"',
      ru: "В суммах {currency} не больше {exponent} знаков после запятой: «{value}»",
    },
    amountTooLarge: { en: 'Amount is too large: "{value}"', ru: "Слишком большая сумма: «{value}»" },
    notAmount: { en: 'Not an amount of money: "{text}"', ru: "Это не денежная сумма: «{text}»" },
    ratiosFinite: {
      en: "Allocation ratios must be finite and not negative, got {ratio}",
      ru: "Доли распределения — конечные и не отрицательные числа, а не {ratio}",
    },
    wholeMinorUnits: {
      en: "Money amount must be a whole number of minor units, got {amount}",
      ru: "Сумма — целое число копеек, а не {amount}",
    },
    unsupportedCurrency: {
      en: 'Unsupported currency "{currency}"',
      ru: "Валюта «{currency}» не поддерживается",
    },
    mixedCurrencies: { en: "Cannot mix {a} and {b} amounts", ru: "Нельзя складывать суммы в {a} и {b}" },
    finiteNumber: { en: "Expected a finite number, got {value}", ru: "Нужно конечное число, а не {value}" },
    orgIdFile: {
      en: "Organisation id {id} cannot name a database file",
      ru: "Идентификатор организации {id} не годится для имени файла базы",
    },
    managerCap: {
      en: "OrgDatabaseManager cap must be a positive integer, got {cap}",
      ru: "Предел OrgDatabaseManager — целое положительное число, а не {cap}",
    },
  }),
);
