import { defineMessages } from "../messages/define.ts";
import { registerMessages } from "../messages/registry.ts";

/** Telephony's words: timeline texts of PBX calls and refusals of its procedures, in the viewer's language. */
export const telephonyMessages = registerMessages(
  defineMessages("core.telephony", {
    inboundCall: { en: "Incoming call from {number}", ru: "Входящий звонок с номера {number}" },
    outboundCall: { en: "Outgoing call to {number}", ru: "Исходящий звонок на номер {number}" },
    noPbx: {
      en: "No telephone exchange is connected (Settings → Telephony)",
      ru: "Телефония не подключена (Настройки → Телефония)",
    },
    noExtension: {
      en: "You have no extension on the telephone exchange: ask an administrator to give you one",
      ru: "У вас нет внутреннего номера в телефонии: попросите администратора назначить его",
    },
    unknownAdapter: {
      en: "This telephony provider is not available",
      ru: "Такой провайдер телефонии недоступен",
    },
    chooseAdapter: { en: "Choose a telephony provider", ru: "Выберите провайдера телефонии" },
    enterNumber: { en: "Enter a phone number", ru: "Укажите номер телефона" },
    badNumber: { en: "This is not a phone number", ru: "Это не номер телефона" },
    extensionFormat: {
      en: "An extension is 1 to 10 digits",
      ru: "Внутренний номер — от 1 до 10 цифр",
    },
    chooseMember: { en: "Choose a member", ru: "Выберите сотрудника" },
    notAMember: {
      en: "This person is not a member of the organisation",
      ru: "Этот человек не состоит в организации",
    },
    extensionTaken: {
      en: "Extension {extension} already belongs to another member",
      ru: "Внутренний номер {extension} уже у другого сотрудника",
    },
    providerAuth: {
      en: "The telephony provider refused the keys: check them in Settings → Telephony",
      ru: "Провайдер телефонии не принял ключи: проверьте их в Настройки → Телефония",
    },
    providerRefused: {
      en: "The telephony provider could not place the call: {reason}",
      ru: "Провайдер телефонии не смог соединить: {reason}",
    },
    providerUnreachable: {
      en: "The telephony provider does not answer; try again in a minute",
      ru: "Провайдер телефонии не отвечает; попробуйте через минуту",
    },
    noRecording: { en: "This call has no recording", ru: "У этого звонка нет записи" },
    keyFormat: {
      en: "A key is 8 to 64 Latin letters and digits, as the provider's account shows it",
      ru: "Ключ — от 8 до 64 латинских букв и цифр, как в кабинете провайдера",
    },
    timeZoneFormat: {
      en: "Choose a time zone such as Europe/Moscow",
      ru: "Укажите часовой пояс, например Europe/Moscow",
    },
    settingsInvalid: { en: "Check the telephony settings", ru: "Проверьте настройки телефонии" },
    badSignature: {
      en: "The notification's signature does not match",
      ru: "Подпись уведомления не совпадает",
    },
  }),
);
