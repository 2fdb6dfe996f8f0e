import { defineMessages } from "../messages/define.ts";
import { registerMessages } from "../messages/registry.ts";

/** Refusals of requisites: bank codes, accounts, images, payment terms. */
export const requisiteMessages = registerMessages(
  defineMessages("core.requisites", {
    bikFormat: {
      en: "BIK must have 9 digits and start with 04",
      ru: "БИК — 9 цифр, начинается с 04",
    },
    accountFormat: { en: "A settlement account has 20 digits", ru: "Расчётный счёт состоит из 20 цифр" },
    accountKey: {
      en: "The settlement account does not match the bank's BIK (control key)",
      ru: "Расчётный счёт не сходится с БИК банка (контрольный ключ)",
    },
    correspondentFormat: {
      en: "A correspondent account has 20 digits and starts with 30101",
      ru: "Корреспондентский счёт — 20 цифр, начинается с 30101",
    },
    correspondentKey: {
      en: "The correspondent account does not match the bank's BIK (control key)",
      ru: "Корреспондентский счёт не сходится с БИК банка (контрольный ключ)",
    },
    oneDefault: {
      en: "Only one bank account can be the default",
      ru: "Основным может быть только один счёт",
    },
    accountsMax: { en: "At most 10 bank accounts", ru: "Не больше 10 банковских счетов" },
    accountRepeated: { en: "This account is already listed", ru: "Этот счёт уже указан" },
    paymentDays: {
      en: "Payment terms are whole days from 0 to 365",
      ru: "Срок оплаты — целое число дней от 0 до 365",
    },
    noAccount: { en: "No such bank account", ru: "Такого банковского счёта нет" },
    imageKind: {
      en: "An image is a logo, a signature or a stamp",
      ru: "Изображение — логотип, подпись или печать",
    },
    imageType: {
      en: "The image must be a PNG or a JPEG",
      ru: "Изображение должно быть в формате PNG или JPEG",
    },
    imageTooBig: {
      en: "The image must be at most {kilobytes} kB",
      ru: "Изображение должно быть не больше {kilobytes} КБ",
    },
    imageMissing: { en: "There is no such image yet", ru: "Такого изображения пока нет" },
  }),
);
