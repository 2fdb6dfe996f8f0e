import { describe, expect, it } from "vitest";
import { draftOfForm, formErrorsOf, formInputOf, keyOf, originsOf } from "./form-draft.ts";

describe("originsOf", () => {
  it("splits on commas, spaces and lines", () => {
    expect(originsOf("https://a.ru, https://b.ru\nhttps://c.ru ")).toEqual([
      "https://a.ru",
      "https://b.ru",
      "https://c.ru",
    ]);
  });
  it("keeps nothing from blank text", () => {
    expect(originsOf("  \n ")).toEqual([]);
  });
});

describe("a stored form through the editor and back", () => {
  const stored = {
    name: "Заявка",
    fields: [
      { key: "name", label: "Имя", type: "text" as const, required: true, role: "name" as const },
      { key: "phone", label: "Телефон", type: "phone" as const, required: true, role: null },
    ],
    consentRequired: true,
    consentText: "Согласен",
    thankYou: "Спасибо",
    allowedOrigins: ["https://a.ru", "https://b.ru"],
    active: false,
  };
  it("keeps every setting, with no role as null", () => {
    const input = formInputOf(draftOfForm(stored));
    expect(input).toEqual({
      name: "Заявка",
      definition: { fields: stored.fields, consentRequired: true, consentText: "Согласен" },
      thankYou: "Спасибо",
      allowedOrigins: ["https://a.ru", "https://b.ru"],
      active: false,
    });
  });
});

describe("keyOf", () => {
  it.each([
    ["Company name", 0, "company_name"],
    ["Ваш город", 2, "field_3"],
    ["2nd phone", 1, "nd_phone"],
  ] as const)("%s", (label, index, key) => {
    expect(keyOf(label, index)).toBe(key);
  });
});

describe("formErrorsOf", () => {
  it("puts field messages on their field and the rest on the form", () => {
    expect(
      formErrorsOf({
        name: "Name the form",
        "definition.fields.1.key": "Use a-z",
        "definition.fields.1.label": "Write a label",
        "definition.fields": "Ask for an email or a phone to answer on",
        "allowedOrigins.0": "Write an origin",
      }),
    ).toEqual({
      form: {
        name: "Name the form",
        fields: "Ask for an email or a phone to answer on",
        origins: "Write an origin",
      },
      byField: { 1: { key: "Use a-z", label: "Write a label" } },
    });
  });
});
