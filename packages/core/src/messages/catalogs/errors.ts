import { defineMessages } from "../define.ts";
import { registerMessages } from "../registry.ts";

/** Refusals every edge can give: sign-in, organisation, permission, plugin gate, internal failure. */
export const errorMessages = registerMessages(
  defineMessages("core", {
    internal: {
      en: "Internal error",
      ru: "На сервере что-то пошло не так. Попробуйте ещё раз; если повторится, сообщите администратору.",
    },
    signInFirst: { en: "Sign in first", ru: "Сеанс завершился. Войдите снова." },
    chooseOrganisation: { en: "Choose an organisation first", ru: "Сначала выберите организацию" },
    noPermission: {
      en: 'You do not have the permission "{permission}"',
      ru: "Ваша роль этого не позволяет: нужно право «{permission}»",
    },
    pluginNotEnabled: {
      en: 'Plugin not enabled: "{plugin}" is not enabled for this organisation',
      ru: "Модуль «{plugin}» не включён в этой организации; сначала включите его",
    },
    foreignPluginProcedure: {
      en: 'Procedure "{path}" is built for plugin "{plugin}" but registered by another plugin: a plugin receives only its own settings',
      ru: "Команда «{path}» объявлена для модуля «{plugin}», а подключена другим модулем: модуль получает только свои настройки",
    },
    foreignSettings: {
      en: 'Plugin "{plugin}" asked for the settings of "{other}": a plugin receives only its own settings',
      ru: "Модуль «{plugin}» запросил настройки модуля «{other}»: модуль получает только свои настройки",
    },
    requestRefused: { en: "Request refused", ru: "Запрос отклонён" },
    noSuchEndpoint: { en: "No such endpoint", ru: "Такого адреса нет" },
    noEndpoint: { en: "No {method} endpoint {path}", ru: "Нет адреса {method} {path}" },
  }),
);
