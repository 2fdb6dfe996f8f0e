import { defineMessages } from "../define.ts";
import { registerMessages } from "../registry.ts";

/** Why an organisation's data cannot be served now: its database is missing or damaged (503). */
export const databaseMessages = registerMessages(
  defineMessages("core.databases", {
    orgMissing: {
      en: "This organisation's data is unavailable: its database file is missing on the server. The server administrator has to restore it from a backup.",
      ru: "Данные организации недоступны: файл её базы данных пропал с сервера. Администратор сервера должен восстановить его из резервной копии.",
    },
    orgCorrupt: {
      en: "This organisation's data is unavailable: its database on the server is damaged. The server administrator has to restore it from a backup.",
      ru: "Данные организации недоступны: её база данных на сервере повреждена. Администратор сервера должен восстановить её из резервной копии.",
    },
  }),
);
