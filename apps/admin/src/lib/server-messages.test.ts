import { createI18n, createLocaleStore } from "@quartet/ui/pure";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/en.ts";
import { ru } from "../i18n/ru.ts";
import { failureText, fieldTexts, serverText } from "./server-messages.ts";

const inRussian = createI18n({ en, ru }, { store: createLocaleStore({ storage: null, initial: "ru" }) });
const inEnglish = createI18n({ en, ru }, { store: createLocaleStore({ storage: null, initial: "en" }) });

describe("serverText", () => {
  it("translates the server's known messages, with or without a final full stop", () => {
    expect(serverText(inRussian, "Enter a valid email")).toBe("Введите корректный адрес почты");
    expect(serverText(inRussian, "This invitation has already been used.")).toBe(
      "Это приглашение уже использовано.",
    );
    expect(serverText(inEnglish, "Taken")).toBe("This name is taken");
  });

  it("translates messages that carry a value", () => {
    expect(serverText(inRussian, "The role is in use (3); reassign first")).toMatch(/^Роль назначена 3 /);
    expect(serverText(inRussian, "This invitation is for bob@x.ru; sign in with that address")).toBe(
      "Приглашение адресовано bob@x.ru; войдите с этим адресом.",
    );
  });

  it("shows an unknown message as the server wrote it", () => {
    expect(serverText(inRussian, "Too small: expected number to be >=1")).toBe(
      "Too small: expected number to be >=1",
    );
  });
});

describe("fieldTexts", () => {
  it("translates every field message, and never shows English words in Russian", () => {
    expect(fieldTexts(inRussian, { name: "Name the organisation", x: "Odd" })).toEqual({
      name: "Укажите название организации",
      x: "Проверьте значение",
    });
    expect(fieldTexts(inEnglish, { x: "Odd" })).toEqual({ x: "Odd" });
  });

  it.each([
    ["customFields.budget", "Must be a number", "Введите число"],
    ["customFields.channel", "Must be one of: опт, розница", "Выберите одно из значений: опт, розница"],
    ["customFields.segment", "Сегмент is required", "Заполните поле «Сегмент»"],
    ["note", "Tell the receiver what they need to know", "Напишите получателю, что ему нужно знать"],
    ["lines.0.quantity", "Quantity must be a positive number", "Количество должно быть больше нуля"],
    ["lines.1.productId", '"Сыр" is not on sale', "«Сыр» снят с продажи"],
    ["amount.amountMinor", "At most 50000 can be refunded", "Вернуть можно не больше, чем оплачено"],
    ["name", "Name is longer than 300 characters", "Не больше 300 символов"],
  ])("%s: %j in Russian", (path, message, expected) => {
    expect(fieldTexts(inRussian, { [path]: message })).toEqual({ [path]: expected });
  });
});

describe("failureText", () => {
  const failure = { domainCode: null, fields: {}, details: {} };
  it("speaks of the network when the server was not reached, and hides internal details", () => {
    expect(failureText(inRussian, { ...failure, code: null, message: "Failed to fetch" })).toMatch(
      /^Сервер не отвечает/,
    );
    expect(failureText(inEnglish, { ...failure, code: "INTERNAL_SERVER_ERROR", message: "x" })).toMatch(
      /^Something went wrong on the server/,
    );
  });

  it("translates refusals of client records, values included", () => {
    const refusal = (message: string) => ({ ...failure, code: "CONFLICT", domainCode: "CONFLICT", message });
    expect(failureText(inRussian, refusal("This client already waits to be accepted by first-sale"))).toBe(
      "Клиент уже ждёт, когда его примет функция «Первая продажа».",
    );
    expect(failureText(inRussian, refusal("Line 2: Give a price or choose a product"))).toBe(
      "Позиция 2: Укажите цену или выберите товар",
    );
  });

  it("falls back to the domain code's sentence in Russian, and keeps the server's words in English", () => {
    const refusal = {
      ...failure,
      code: "BAD_REQUEST",
      domainCode: "BAD_INPUT",
      message: "Invalid input — x: y",
    };
    expect(failureText(inRussian, refusal)).toBe("Проверьте отмеченные поля и попробуйте снова.");
    expect(failureText(inEnglish, refusal)).toBe("Invalid input — x: y");
    const denied = { ...failure, code: "FORBIDDEN", domainCode: "FORBIDDEN", message: "Only owners may" };
    expect(failureText(inRussian, denied)).toBe(ru.errors.forbidden);
  });

  it("translates a conflict the server explains", () => {
    expect(
      failureText(inEnglish, {
        ...failure,
        code: "CONFLICT",
        domainCode: "CONFLICT",
        message: "The owner cannot be removed; transfer ownership first",
      }),
    ).toBe("The owner cannot be removed; transfer ownership first.");
  });
});
