import { defineMessages, registerMessages } from "@quartet/core";

/** How many of a thing, worded with its plural forms (a finding's `{count}` parameters). */
const counted = (en: [string, string], ru: [string, string, string]) => ({
  en: { one: `{count} ${en[0]}`, other: `{count} ${en[1]}` },
  ru: {
    one: `{count} ${ru[0]}`,
    few: `{count} ${ru[1]}`,
    many: `{count} ${ru[2]}`,
    other: `{count} ${ru[1]}`,
  },
});

/**
 * What the conformance check says (`testing.conformance.*`): each finding is a key and parameters,
 * worded in the reader's language by `wordFinding` — English in a test's failure, the operator's
 * language in `quartet plugin check`. Names of procedures, tables, fields and events stay as they
 * are in the code.
 */
export const conformanceMessages = registerMessages(
  defineMessages("testing.conformance", {
    // The rules' titles, as the CLI prints them before each finding.
    rulePermissions: { en: "permissions", ru: "права" },
    ruleForbiddenActor: { en: "forbidden-actor", ru: "отказ без права" },
    ruleTablePrefix: { en: "table-prefix", ru: "префикс таблиц" },
    ruleMigrations: { en: "migrations", ru: "миграции" },
    ruleKeepsData: { en: "keeps-data", ru: "данные сохраняются" },
    rulePurge: { en: "purge", ru: "очистка" },
    ruleSettingsLabels: { en: "settings-labels", ru: "подписи настроек" },
    ruleEventsVersioned: { en: "events-versioned", ru: "версии событий" },
    ruleHealth: { en: "health", ru: "показатели здоровья" },
    ruleReadme: { en: "readme", ru: "README" },

    // Lists and counts the findings compose.
    comma: { en: "{first}, {next}", ru: "{first}, {next}" },
    semicolon: { en: "{first}; {next}", ru: "{first}; {next}" },
    and: { en: "{first} and {next}", ru: "{first} и {next}" },
    andMore: { en: "{names} and {more} more", ru: "{names} и ещё {more}" },
    procedures: counted(["procedure", "procedures"], ["процедура", "процедуры", "процедур"]),
    events: counted(["event", "events"], ["событие", "события", "событий"]),
    tables: counted(["table", "tables"], ["таблица", "таблицы", "таблиц"]),
    inTables: counted(["table", "tables"], ["таблице", "таблицах", "таблицах"]),
    rows: counted(["row", "rows"], ["строка", "строки", "строк"]),
    settings: counted(["setting", "settings"], ["настройка", "настройки", "настроек"]),

    // Any rule.
    notChecked: { en: "not checked: {why}", ru: "не проверено: {why}" },
    stopped: { en: "the check stopped: {error}", ru: "проверка остановилась: {error}" },
    dependencyMissing: {
      en: "{error}: install what it depends on (the installed option)",
      ru: "{error}: установите то, от чего он зависит (параметр installed)",
    },
    refusedAtBoot: {
      en: "the host refused the plugin at boot: {error}",
      ru: "хост не принял плагин при запуске: {error}",
    },
    enableFailed: { en: "enabling it failed: {error}", ru: "включить его не удалось: {error}" },

    // permissions
    permissionsNone: { en: "no procedures to check", ru: "процедур для проверки нет" },
    permissionsOk: {
      en: "{procedures}, each declaring a permission",
      ru: "{procedures}, у каждой объявлено право",
    },
    permissionsUndeclared: {
      en: "no permission of this plugin or core: {paths}",
      ru: "без права этого плагина или ядра: {paths}",
    },
    permissionsUngated: {
      en: "not gated by the plugin's enablement: {paths}",
      ru: "не проверяют, включён ли плагин: {paths}",
    },
    permissionsBroken: {
      en: '{problems} (build it with pluginProcedure("{id}", <permission>))',
      ru: '{problems} (создавайте их через pluginProcedure("{id}", <право>))',
    },

    // forbidden-actor
    forbiddenNone: { en: "no procedures to call", ru: "процедур для вызова нет" },
    forbiddenOk: {
      en: "{procedures} refused a member without the permission",
      ru: "{procedures}: участнику без права — отказ",
    },
    forbiddenGave: { en: "{path} gave {outcome}", ru: "{path} ответила {outcome}" },
    anAnswer: { en: "an answer", ru: "ответом" },
    forbiddenWrote: { en: "{path} wrote {tables}", ru: "{path} записала в {tables}" },
    forbiddenBroken: {
      en: "called by a member without its permission, {problems} (expected FORBIDDEN and nothing written)",
      ru: "при вызове участником без права {problems} (ожидался FORBIDDEN и ни одной записи)",
    },

    // table-prefix
    prefixOk: { en: "{tables}, all named {prefix}…", ru: "{tables}, все названы {prefix}…" },
    prefixBroken: {
      en: {
        one: '{tables} in db.schema does not start with "{prefix}"',
        other: '{tables} in db.schema do not start with "{prefix}"',
      },
      ru: {
        one: "{tables} в db.schema не начинается с «{prefix}»",
        few: "{tables} в db.schema не начинаются с «{prefix}»",
        many: "{tables} в db.schema не начинаются с «{prefix}»",
        other: "{tables} в db.schema не начинаются с «{prefix}»",
      },
    },

    // migrations
    migrationsNone: { en: "no migrations", ru: "миграций нет" },
    migrationsOk: {
      en: "every statement stays within {prefix}…",
      ru: "каждая инструкция остаётся в пределах {prefix}…",
    },
    migrationsUnreadable: {
      en: "cannot read the migrations: {error}",
      ru: "миграции не удаётся прочитать: {error}",
    },
    migrationStatement: {
      en: '{migration} runs "{statement}", which migrations may not run',
      ru: "{migration} выполняет «{statement}», а миграциям это запрещено",
    },
    migrationOutside: {
      en: "{migration} {action} {table}, outside its prefix {prefix}",
      ru: "{migration} {action} {table} — вне своего префикса {prefix}",
    },
    actionCreate: { en: "creates", ru: "создаёт" },
    actionAlter: { en: "alters", ru: "изменяет" },
    actionDrop: { en: "drops", ru: "удаляет" },
    actionWrite: { en: "writes into", ru: "пишет в" },

    // keeps-data
    keptAll: {
      en: "{rows} in {tables} and the settings kept",
      ru: "{rows} в {tables} и настройки сохранились",
    },
    keptEmpty: {
      en: "{kept} (its tables were empty: a seed gives it rows to keep)",
      ru: "{kept} (его таблицы были пусты: seed даст ему строки для проверки)",
    },
    rowsOf: { en: "rows of {tables}", ru: "строки {tables}" },
    itsSettings: { en: "its settings", ru: "его настройки" },
    keepsBroken: {
      en: "disabling and enabling it again changed {what}",
      ru: "выключение и повторное включение изменили {what}",
    },

    // purge
    purgeOk: {
      en: {
        one: "the organisation is back to its {count} table",
        other: "the organisation is back to its {count} tables",
      },
      ru: {
        one: "в организации снова {count} таблица, как до включения",
        few: "в организации снова {count} таблицы, как до включения",
        many: "в организации снова {count} таблиц, как до включения",
        other: "в организации снова {count} таблицы, как до включения",
      },
    },
    purgeLeft: {
      en: "left {tables} behind (declare every table in db.schema)",
      ru: "оставила {tables} (объявите каждую таблицу в db.schema)",
    },
    purgeDropped: { en: "dropped {tables}, not its own", ru: "удалила чужие таблицы: {tables}" },
    purgeBroken: { en: "the purge {problems}", ru: "очистка {problems}" },

    // settings-labels
    settingsNone: { en: "no settings", ru: "настроек нет" },
    settingsOk: { en: "{settings}, labelled in ru and en", ru: "{settings}, подписи на ru и en есть" },
    settingsUnlabelled: {
      en: "without both ru and en labels: {fields}",
      ru: "без подписей на ru и en: {fields}",
    },
    settingsUnsupported: { en: "the form cannot edit: {fields}", ru: "форма не может изменить: {fields}" },
    settingsUnsectioned: {
      en: "outside a section named in ru and en: {fields}",
      ru: "вне раздела с названием на ru и en: {fields}",
    },
    settingsBroken: {
      en: "{problems} (label them with labelled() from @quartet/core/plugin)",
      ru: "{problems} (подпишите их через labelled() из @quartet/core/plugin)",
    },

    // events-versioned
    eventsNone: { en: "emits no events", ru: "событий не отправляет" },
    eventsOk: { en: "{events}: {versions}", ru: "{events}: {versions}" },
    eventBadName: {
      en: "{name} is not named <plugin>.<entity>.<verb>",
      ru: "{name} названо не по образцу <плагин>.<сущность>.<глагол>",
    },
    eventNoVersion: {
      en: '"{name}" has no version (a whole number from 1)',
      ru: "у «{name}» нет версии (целого числа от 1)",
    },
    eventNoSchema: { en: '"{name}" has no zod schema', ru: "у «{name}» нет схемы zod" },
    eventsBroken: {
      en: "{problems}: declare each with defineEvent({ name, version: 1, schema })",
      ru: "{problems}: объявите каждое через defineEvent({ name, version: 1, schema })",
    },

    // health
    healthNone: { en: "reports no health readings", ru: "показателей здоровья не сообщает" },
    healthOk: { en: "readings have core's shape", ru: "показатели в формате ядра" },
    healthOkSeeded: {
      en: "readings have core's shape, fresh and seeded",
      ru: "показатели в формате ядра — и в новой организации, и с данными",
    },
    healthThrew: { en: "health threw {when}: {error}", ru: "health выбросил ошибку {when}: {error}" },
    healthShape: {
      en: "health answered a reading core cannot read {when}: {at}: {issue}",
      ru: "health вернул показатель, который ядро не может прочитать, {when}: {at}: {issue}",
    },
    whenFresh: { en: "on a fresh organisation", ru: "в новой организации" },
    whenSeeded: { en: "after the seed", ru: "после seed" },
    theAnswer: { en: "the answer", ru: "ответ" },

    // readme
    readmeNoDir: {
      en: "the plugin's package folder is unknown: pass packageDir",
      ru: "папка пакета плагина неизвестна: передайте packageDir",
    },
    readmeAbsent: { en: "{path} does not exist", ru: "файла {path} нет" },
    readmeOk: { en: "README.md has {sections}", ru: "в README.md есть {sections}" },
    readmeBroken: { en: "README.md has no section {sections}", ru: "в README.md нет раздела {sections}" },
  }),
);
