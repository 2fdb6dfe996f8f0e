import { describe, expect, it } from "vitest";
import {
  clientDraftOf,
  clientFieldsOf,
  clientInputOf,
  duplicateQueryOf,
  emptyClientDraft,
  listOf,
} from "./client-draft.ts";

describe("listOf", () => {
  it.each([
    ["", []],
    [" +7 495 123-45-67 , ; 8 800 ", ["+7 495 123-45-67", "8 800"]],
    ["a@b.ru;c@d.ru", ["a@b.ru", "c@d.ru"]],
  ])("%j → %j", (text, expected) => expect(listOf(text)).toEqual(expected));
});

describe("clientInputOf", () => {
  it("sends blanks as null and lists split", () => {
    const input = clientInputOf({ ...emptyClientDraft, name: "Ромашка", inn: " ", phones: "1, 2" });
    expect(input).toMatchObject({
      name: "Ромашка",
      inn: null,
      phones: ["1", "2"],
      emails: [],
      stage: "prospect",
    });
  });
});

describe("duplicateQueryOf", () => {
  it("waits for something worth comparing", () => {
    expect(duplicateQueryOf({ ...emptyClientDraft, name: "Ро" })).toBeNull();
    expect(duplicateQueryOf({ ...emptyClientDraft, phones: "8 495 1234567" })).toMatchObject({
      phones: ["8 495 1234567"],
    });
  });
});

describe("clientDraftOf", () => {
  const budget = {
    key: "budget",
    label: { en: "Budget", ru: "Бюджет" },
    type: "number" as const,
    options: [],
    required: false,
  };
  const stored = {
    kind: "company",
    name: "Ромашка",
    legalName: null,
    inn: "7707083893",
    kpp: null,
    ogrn: null,
    phones: ["+74951234567", "+78001000000"],
    emails: ["info@romashka.ru"],
    website: "romashka.ru",
    address: null,
    region: "Москва",
    city: null,
    industry: null,
    tags: ["опт"],
    stage: "lead" as const,
    customFields: { budget: 150000 },
  };

  it("opens a stored client for editing and gives back its fields unchanged", () => {
    const draft = clientDraftOf(stored, [budget]);
    expect(draft.phones).toBe("+74951234567, +78001000000");
    expect(draft.customFields).toEqual({ budget: "150000" });
    const { stage: _, kind, ...rest } = stored;
    expect(clientFieldsOf(draft, [budget])).toEqual({ ...rest, kind });
  });

  it("sends the custom fields of the form when creating", () => {
    const draft = { ...emptyClientDraft, name: "Ромашка", customFields: { budget: "2 000" } };
    expect(clientInputOf(draft, [budget]).customFields).toEqual({ budget: 2000 });
  });
});
