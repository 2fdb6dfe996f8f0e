import { type Locale, type MessageRef, wordMessage, wordRef } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { formDefinition } from "./form-definition.ts";
import { validateFormPayload } from "./form-payload.ts";

/** A refusal's field messages worded in `locale`, as the form endpoint sends them. */
function worded(result: ReturnType<typeof validateFormPayload>, locale: Locale) {
  if (result.ok || result.reason === "honeypot") return result;
  const word = (m: string | MessageRef) =>
    typeof m === "string" ? wordMessage(locale, m) : wordRef(locale, m);
  return {
    ...result,
    fields: Object.fromEntries(Object.entries(result.fields).map(([k, m]) => [k, word(m)])),
  };
}

const form = formDefinition.parse({
  fields: [
    { key: "name", label: "Имя", type: "text", required: true, role: "name" },
    { key: "company", label: "Компания", type: "text", role: "company" },
    { key: "phone", label: "Телефон", type: "phone", required: true },
    { key: "email", label: "Email", type: "email" },
    { key: "question", label: "Вопрос", type: "textarea", role: "message" },
  ],
});

const good = {
  name: "Иван",
  phone: "8 (912) 345-67-89",
  consent: "on",
  utm_source: "yandex",
  page: "https://romashka.ru/",
};

describe("validateFormPayload", () => {
  it("normalizes the contact and keeps tracking", () => {
    expect(validateFormPayload(form, { ...good, email: " Ivan@Mail.RU ", question: "Цена?" })).toEqual({
      ok: true,
      value: {
        contact: { name: "Иван", company: null, phone: "+79123456789", email: "ivan@mail.ru" },
        message: "Цена?",
        fields: { name: "Иван", phone: "+79123456789", email: "ivan@mail.ru", question: "Цена?" },
        utm: { utm_source: "yandex" },
        page: "https://romashka.ru/",
        consent: true,
      },
    });
  });

  it("takes the first of repeated form-encoded values", () => {
    const result = validateFormPayload(form, { ...good, name: ["Пётр", "Павел"] });
    expect(result.ok && result.value.contact.name).toBe("Пётр");
  });

  it.each([
    ["the honeypot filled", { ...good, homepage: "http://spam" }, { reason: "honeypot" }],
    ["a required field missing", { ...good, name: " " }, { reason: "invalid", fields: { name: "Required" } }],
    [
      "a bad phone",
      { ...good, phone: "123" },
      { reason: "invalid", fields: { phone: "Not a valid phone number" } },
    ],
    [
      "a bad email",
      { ...good, email: "ivan@" },
      { reason: "invalid", fields: { email: "Not a valid email" } },
    ],
    [
      "no consent",
      { ...good, consent: "" },
      { reason: "invalid", fields: { consent: "Consent is required" } },
    ],
    [
      "an object for text",
      { ...good, name: { $gt: "" } },
      { reason: "invalid", fields: { name: "Send text" } },
    ],
    [
      "an overlong field",
      { ...good, company: "x".repeat(501) },
      { reason: "invalid", fields: { company: "At most 500 characters" } },
    ],
  ])("refuses %s", (_name, payload, expected) => {
    expect(worded(validateFormPayload(form, payload), "en")).toEqual({ ok: false, ...expected });
  });

  it("words a refusal for a Russian visitor", () => {
    expect(
      worded(validateFormPayload(form, { ...good, company: "x".repeat(501), consent: "" }), "ru"),
    ).toEqual({
      ok: false,
      reason: "invalid",
      fields: { company: "Не больше 500 символов", consent: "Нужно согласие на обработку данных" },
    });
  });
});

describe("formDefinition", () => {
  it.each([
    ["no way to answer", { fields: [{ key: "name", label: "Имя", type: "text" }] }],
    [
      "repeated keys",
      {
        fields: [
          { key: "phone", label: "Т", type: "phone" },
          { key: "phone", label: "Т", type: "phone" },
        ],
      },
    ],
    ["a reserved key", { fields: [{ key: "consent", label: "Т", type: "phone" }] }],
    [
      "a honeypot that is a field",
      { fields: [{ key: "phone", label: "Т", type: "phone" }], honeypotField: "phone" },
    ],
  ])("refuses %s", (_name, input) => {
    expect(formDefinition.safeParse(input).success).toBe(false);
  });
});
