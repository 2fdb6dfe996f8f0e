import { describe, expect, it } from "vitest";
import { clientInputOf, duplicateQueryOf, emptyClientDraft, listOf } from "./client-draft.ts";

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
