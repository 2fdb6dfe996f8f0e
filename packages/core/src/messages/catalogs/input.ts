import { defineMessages } from "../define.ts";
import { registerMessages } from "../registry.ts";

/** Generic wording of input problems, by zod issue code, for fields whose schema says nothing of its own. */
export const inputMessages = registerMessages(
  defineMessages("core.input", {
    required: { en: "Required", ru: "Обязательное поле" },
    mustBeText: { en: "Must be text", ru: "Введите текст" },
    mustBeNumber: { en: "Must be a number", ru: "Введите число" },
    mustBeWhole: { en: "Must be a whole number", ru: "Введите целое число" },
    mustBeYesNo: { en: "Must be yes or no", ru: "Выберите «да» или «нет»" },
    mustBeList: { en: "Must be a list", ru: "Нужен список значений" },
    mustBeDate: { en: "Must be a date, YYYY-MM-DD", ru: "Введите дату" },
    maxChars: {
      en: { one: "At most {maximum} character", other: "At most {maximum} characters" },
      ru: {
        one: "Не больше {maximum} символа",
        few: "Не больше {maximum} символов",
        many: "Не больше {maximum} символов",
        other: "Не больше {maximum} символа",
      },
    },
    minChars: {
      en: { one: "At least {minimum} character", other: "At least {minimum} characters" },
      ru: {
        one: "Не меньше {minimum} символа",
        few: "Не меньше {minimum} символов",
        many: "Не меньше {minimum} символов",
        other: "Не меньше {minimum} символа",
      },
    },
    atMost: { en: "At most {maximum}", ru: "Не больше {maximum}" },
    atLeast: { en: "At least {minimum}", ru: "Не меньше {minimum}" },
    below: { en: "Must be less than {maximum}", ru: "Должно быть меньше {maximum}" },
    above: { en: "Must be more than {minimum}", ru: "Должно быть больше {minimum}" },
    maxItems: { en: "At most {maximum}", ru: "Не больше {maximum} значений" },
    minItems: { en: "At least {minimum}", ru: "Не меньше {minimum} значений" },
    email: { en: "Enter a valid email", ru: "Введите корректный адрес почты" },
    url: { en: "Enter a valid address (URL)", ru: "Введите корректный адрес (URL)" },
    format: { en: "Check the format", ru: "Проверьте формат" },
    oneOf: { en: "Must be one of: {options}", ru: "Выберите одно из значений: {options}" },
    unknownFields: { en: "Unknown fields: {keys}", ru: "Лишние поля: {keys}" },
    multipleOf: { en: "Must be a multiple of {divisor}", ru: "Должно быть кратно {divisor}" },
    checkValue: { en: "Check this value", ru: "Проверьте значение" },
    invalidInput: { en: "Invalid input — {summary}", ru: "Проверьте данные — {summary}" },
    notJson: { en: "The input is not valid JSON", ru: "Данные запроса — не корректный JSON" },
    controlCharacter: {
      en: "Remove the control or broken characters (such as NUL) from the text",
      ru: "Уберите из текста служебные или повреждённые символы",
    },
  }),
);
