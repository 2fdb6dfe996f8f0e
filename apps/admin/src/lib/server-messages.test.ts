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
  it("translates every field message", () => {
    expect(fieldTexts(inRussian, { name: "Name the organisation", x: "Odd" })).toEqual({
      name: "Укажите название организации",
      x: "Odd",
    });
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
