import { describe, expect, it } from "vitest";
import { fragmentMatch } from "./fragment.ts";

describe("fragmentMatch", () => {
  it.each([
    ["mail.ru", 'name : "mail ru" OR keys : "mail.ru"'],
    ["ivanov@", 'name : "ivanov" OR keys : "ivanov@"'],
    ["000-01-2", 'name : "000 01 2" OR keys : "000012"'],
    ["+7 (495) 000-01-23", 'name : "7 495 000 01 23" OR keys : "74950000123"'],
    ["ромашка", 'name : "ромашка"'],
    ["ООО Ромашка", 'name : "ромашка"'],
    ["РОМАШКА", 'name : "ромашка"'],
    ["Ёлка", 'name : "елка"'],
    ["Info@Romashka.RU", 'name : "info romashka ru" OR keys : "info@romashka.ru"'],
    ["100%", 'name : "100" OR keys : "100%"'],
    ["a_b", 'name : "a b" OR keys : "a_b"'],
    ['ab"c', 'name : "ab c" OR keys : "ab""c"'],
    ["770708", 'name : "770708" OR keys : "770708"'],
  ])("%s → %s", (text, match) => {
    expect(fragmentMatch(text)).toBe(match);
  });

  it.each(["", "  ", "ро", "12", "ООО", "ab", "+7"])("%j is too short to search by fragment", (text) => {
    expect(fragmentMatch(text)).toBeNull();
  });
});
