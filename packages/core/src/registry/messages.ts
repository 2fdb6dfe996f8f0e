import { defineMessages } from "../messages/define.ts";
import { registerMessages } from "../messages/registry.ts";

/** Refusals of company and bank lookups in the company registry. */
export const registryMessages = registerMessages(
  defineMessages("core.registry", {
    unavailable: {
      en: "The requisites service is unavailable, try again later or fill the fields by hand",
      ru: "Сервис реквизитов недоступен — попробуйте позже или заполните поля вручную",
    },
    tokenRefused: {
      en: "The requisites service refused the token: check it in Settings → Requisites service",
      ru: "Сервис реквизитов не принял ключ — проверьте его в «Настройки → Сервис реквизитов»",
    },
    tooMany: {
      en: "Too many lookups in a minute; wait {seconds} s",
      ru: "Слишком много запросов за минуту; подождите {seconds} с",
    },
    tokenFormat: {
      en: "A token is letters and digits, up to 100 characters",
      ru: "Ключ — латинские буквы и цифры, не длиннее 100 символов",
    },
  }),
);
