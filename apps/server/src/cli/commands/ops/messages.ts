import { defineMessages, registerMessages } from "@quartet/core";

/** What `quartet doctor`, `backup` and `restore` tell the operator, in the operator's language (`core.ops.*`). */
export const opsMessages = registerMessages(
  defineMessages("core.ops", {
    control: { en: "Control database", ru: "Управляющая база" },
    organisation: { en: "Organisation «{name}» ({slug})", ru: "Организация «{name}» ({slug})" },
    healthy: {
      en: "healthy: integrity, foreign keys, migrations {migrations}",
      ru: "в порядке: целостность, внешние ключи, миграции {migrations}",
    },
    fixLabel: { en: "fix", ru: "что делать" },
    fileMissing: { en: "The database file {path} does not exist", ru: "Файла базы {path} нет" },
    fixFileMissing: {
      en: "Stop the server and put the file back from the latest backup (orgs/ in a quartet backup); the server answers 503 to this organisation until then",
      ru: "Остановите сервер и верните файл из последней резервной копии (папка orgs/ копии quartet backup); до тех пор сервер отвечает этой организации 503",
    },
    fixControlMissing: {
      en: "Check QUARTET_DATA_DIR; to bring the instance back run quartet restore <backup> into an empty data directory",
      ru: "Проверьте QUARTET_DATA_DIR; чтобы вернуть данные, выполните quartet restore <копия> в пустой каталог данных",
    },
    unreadable: { en: "The database cannot be read: {error}", ru: "Базу не удаётся прочитать: {error}" },
    damaged: {
      en: {
        one: "The integrity check found {count} fault: {first}",
        other: "The integrity check found {count} faults, the first: {first}",
      },
      ru: {
        one: "Проверка целостности нашла {count} повреждение: {first}",
        few: "Проверка целостности нашла {count} повреждения, первое: {first}",
        many: "Проверка целостности нашла {count} повреждений, первое: {first}",
        other: "Проверка целостности нашла {count} повреждения, первое: {first}",
      },
    },
    fixDamaged: {
      en: "Stop the server and put this database back from the latest backup; to rescue what is readable first: sqlite3 {path} .recover | sqlite3 {path}.recovered",
      ru: "Остановите сервер и верните эту базу из последней резервной копии; спасти читаемое можно так: sqlite3 {path} .recover | sqlite3 {path}.recovered",
    },
    orphans: {
      en: {
        one: "{count} row of {table} points to a missing row of {parent}",
        other: "{count} rows of {table} point to missing rows of {parent}",
      },
      ru: {
        one: "{count} строка таблицы {table} ссылается на несуществующую строку {parent}",
        few: "{count} строки таблицы {table} ссылаются на несуществующие строки {parent}",
        many: "{count} строк таблицы {table} ссылаются на несуществующие строки {parent}",
        other: "{count} строки таблицы {table} ссылаются на несуществующие строки {parent}",
      },
    },
    fixOrphans: {
      en: 'List them with sqlite3 {path} "PRAGMA foreign_key_check({table})" and delete or repair them, or put back a backup',
      ru: 'Найдите их командой sqlite3 {path} "PRAGMA foreign_key_check({table})" и удалите или исправьте, либо верните резервную копию',
    },
    pending: {
      en: {
        one: "{count} migration of {owner} is not applied: {tags}",
        other: "{count} migrations of {owner} are not applied: {tags}",
      },
      ru: {
        one: "Не применена {count} миграция {owner}: {tags}",
        few: "Не применены {count} миграции {owner}: {tags}",
        many: "Не применено {count} миграций {owner}: {tags}",
        other: "Не применены {count} миграции {owner}: {tags}",
      },
    },
    fixPending: {
      en: "Run quartet migrate (the server also applies them when it next opens this database)",
      ru: "Выполните quartet migrate (сервер тоже применит их, когда в следующий раз откроет эту базу)",
    },
    newer: {
      en: "{count} migration(s) of {owner} come from a newer version of Quartet than this one",
      ru: "Миграций {owner} из более новой версии Quartet, чем эта: {count}",
    },
    fixNewer: {
      en: "Run the newer version of Quartet, or put back a backup taken before the upgrade",
      ru: "Запустите более новую версию Quartet или верните резервную копию, сделанную до обновления",
    },
    backupUsage: { en: "usage: quartet backup <directory>", ru: "как вызвать: quartet backup <каталог>" },
    restoreUsage: {
      en: "usage: quartet restore <backup directory> [--force]",
      ru: "как вызвать: quartet restore <каталог копии> [--force]",
    },
    targetNotEmpty: {
      en: "{dir} is not empty: name a new or empty directory for the backup",
      ru: "Каталог {dir} не пуст: укажите для копии новый или пустой каталог",
    },
    onServer: {
      en: "{what} lives on a libSQL server ({url}): back it up and restore it with the server's own tools (sqld's bottomless replication, Turso's point-in-time restore)",
      ru: "{what} хранится на сервере libSQL ({url}): копируйте и восстанавливайте её средствами самого сервера (bottomless-репликация sqld, восстановление на момент времени в Turso)",
    },
    copied: {
      en: "[{step}/{total}] {what} → {file}: {size}, {rows} rows, {seconds} s",
      ru: "[{step}/{total}] {what} → {file}: {size}, строк: {rows}, {seconds} с",
    },
    notCopied: {
      en: "[{step}/{total}] {what}: not copied, {path} does not exist",
      ru: "[{step}/{total}] {what}: не скопирована, файла {path} нет",
    },
    filesCopied: {
      en: "Files: {count} (the cookie secret and uploaded imports)",
      ru: "Файлов: {count} (секрет cookie и загруженные импорты)",
    },
    backupDone: {
      en: "Backup written to {dir}: {count} databases, manifest.json with versions and checksums",
      ru: "Копия записана в {dir}: баз — {count}, manifest.json с версиями и контрольными суммами",
    },
    backupIncomplete: {
      en: "The backup is incomplete: {count} database(s) could not be copied (see above)",
      ru: "Копия неполная: не удалось скопировать баз — {count} (см. выше)",
    },
    noManifest: {
      en: "{dir} has no manifest.json: it is not a finished quartet backup",
      ru: "В {dir} нет manifest.json: это не законченная копия quartet backup",
    },
    checksumMismatch: {
      en: "{file} does not match its checksum in manifest.json: the backup is damaged, nothing was restored",
      ru: "{file} не совпадает с контрольной суммой из manifest.json: копия повреждена, ничего не восстановлено",
    },
    dataDirNotEmpty: {
      en: "The data directory {dir} is not empty: stop the server and add --force to replace its databases",
      ru: "Каталог данных {dir} не пуст: остановите сервер и добавьте --force, чтобы заменить его базы",
    },
    restored: {
      en: "[{step}/{total}] {what} ← {file}: {rows} rows",
      ru: "[{step}/{total}] {what} ← {file}: строк: {rows}",
    },
    restoreDone: {
      en: "Restored {count} databases from the backup of {createdAt} into {dir}; run quartet doctor, then start the server",
      ru: "Восстановлено баз: {count} из копии от {createdAt} в {dir}; выполните quartet doctor, затем запустите сервер",
    },
    allHealthy: { en: "All {count} databases are healthy", ru: "Все базы в порядке (проверено: {count})" },
    someBroken: {
      en: "Problems: {problems} in {broken} of {count} databases",
      ru: "Проблем: {problems}, затронуто баз: {broken} из {count}",
    },
  }),
);
