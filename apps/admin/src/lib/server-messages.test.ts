import { createI18n, createLocaleStore } from "@quartet/ui/pure";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/en.ts";
import { ru } from "../i18n/ru.ts";
import { failureText } from "./server-messages.ts";

const inRussian = createI18n({ en, ru }, { store: createLocaleStore({ storage: null, initial: "ru" }) });
const inEnglish = createI18n({ en, ru }, { store: createLocaleStore({ storage: null, initial: "en" }) });

describe("failureText", () => {
  const failure = { domainCode: null, messageKey: null, params: {}, fields: {}, fieldKeys: {}, details: {} };

  it("speaks of the network when the server was not reached, and hides internal details", () => {
    expect(failureText(inRussian, { ...failure, code: null, message: "Failed to fetch" })).toMatch(
      /^Сервер не отвечает/,
    );
    expect(failureText(inEnglish, { ...failure, code: "INTERNAL_SERVER_ERROR", message: "x" })).toMatch(
      /^Something went wrong on the server/,
    );
    expect(failureText(inRussian, { ...failure, code: "UNAUTHORIZED", message: "Sign in first" })).toBe(
      ru.errors.signInFirst,
    );
  });

  it("shows a refusal as the server worded it in the tab's language", () => {
    const refusal = {
      ...failure,
      code: "BAD_REQUEST",
      domainCode: "BAD_INPUT",
      message: "Контрольная сумма ИНН не сходится",
    };
    expect(failureText(inRussian, refusal)).toBe("Контрольная сумма ИНН не сходится");
    const denied = {
      ...failure,
      code: "FORBIDDEN",
      domainCode: "FORBIDDEN",
      message: "Передать владение может только владелец.",
    };
    expect(failureText(inRussian, denied)).toBe("Передать владение может только владелец.");
  });

  it("words a refusal from outside the domain itself", () => {
    expect(failureText(inRussian, { ...failure, code: "FORBIDDEN", message: "Forbidden" })).toBe(
      ru.errors.forbidden,
    );
  });
});
