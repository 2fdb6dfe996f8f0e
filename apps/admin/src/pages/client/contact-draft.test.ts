import { describe, expect, it } from "vitest";
import { contactDraftOf, contactInputOf, emptyContactDraft } from "./contact-draft.ts";

describe("contact drafts", () => {
  it("splits phones and emails and blanks an empty position", () => {
    const input = contactInputOf({
      ...emptyContactDraft,
      name: "Ирина Петрова",
      phones: "+7 900 000-00-00; 8 800 100 00 00,",
      emails: " irina@romashka.ru ",
      role: "decision-maker",
    });
    expect(input).toEqual({
      name: "Ирина Петрова",
      position: null,
      role: "decision-maker",
      phones: ["+7 900 000-00-00", "8 800 100 00 00"],
      emails: ["irina@romashka.ru"],
      isPrimary: false,
    });
  });

  it("opens a stored contact for editing and gives the same fields back", () => {
    const stored = {
      name: "Олег",
      position: "Бухгалтер",
      role: "accounting",
      phones: ["+79000000000", "+78001000000"],
      emails: ["oleg@romashka.ru"],
      isPrimary: true,
    };
    const draft = contactDraftOf(stored);
    expect(draft.phones).toBe("+79000000000, +78001000000");
    expect(contactInputOf(draft)).toEqual(stored);
  });

  it("reads an unknown stored role as other", () => {
    const draft = contactDraftOf({
      name: "A",
      position: null,
      role: "cfo",
      phones: [],
      emails: [],
      isPrimary: false,
    });
    expect(draft.role).toBe("other");
  });
});
