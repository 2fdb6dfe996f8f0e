import { describe, expect, it } from "vitest";
import { type DedupKeys, dedupKeysOf, exactKeys, findDuplicates } from "./duplicates.ts";
import { isFreeMailDomain } from "./free-mail.ts";

const keys = (partial: Partial<DedupKeys>): DedupKeys => ({
  inn: null,
  phones: [],
  emails: [],
  domains: [],
  name: "",
  ...partial,
});

describe("dedupKeysOf", () => {
  it("normalizes every field and skips the invalid ones", () => {
    expect(
      dedupKeysOf({
        name: 'ООО "Ромашка"',
        inn: "7707 083 893",
        phones: ["8 (495) 123-45-67", "+7 495 123 45 67", "not a phone", null, ""],
        emails: ["Ivan@Romashka.RU", "petr@gmail.com", "broken@"],
        websites: ["https://www.romashka.ru/contacts", "nonsense"],
      }),
    ).toEqual({
      inn: "7707083893",
      phones: ["+74951234567"],
      emails: ["ivan@romashka.ru", "petr@gmail.com"],
      domains: ["romashka.ru"],
      name: "ромашка",
    });
  });

  it.each([["7707083894"], [""], [null], [undefined]])("drops the INN %j", (inn) => {
    expect(dedupKeysOf({ name: "Ромашка", inn }).inn).toBeNull();
  });
});

describe("exactKeys", () => {
  it("lists the index keys in order, without free mail or repeats", () => {
    const subject = keys({
      inn: "7707083893",
      phones: ["+74951234567", "+74951234567"],
      emails: ["ivan@romashka.ru"],
      domains: ["romashka.ru", "mail.ru"],
      name: "ромашка",
    });
    expect(exactKeys(subject)).toEqual([
      { kind: "inn", value: "7707083893" },
      { kind: "phone", value: "+74951234567" },
      { kind: "email", value: "ivan@romashka.ru" },
      { kind: "domain", value: "romashka.ru" },
    ]);
  });

  it("is empty for a name only", () => {
    expect(exactKeys(keys({ name: "ромашка" }))).toEqual([]);
  });
});

describe("findDuplicates", () => {
  const subject = keys({
    inn: "7707083893",
    phones: ["+74951234567"],
    emails: ["ivan@romashka.ru"],
    domains: ["romashka.ru", "gmail.com"],
    name: "ромашка",
  });

  it.each<[string, Partial<DedupKeys>, string[]]>([
    ["the same INN", { inn: "7707083893" }, ["inn"]],
    ["a shared phone", { phones: ["+79161234567", "+74951234567"] }, ["phone"]],
    ["a shared email", { emails: ["ivan@romashka.ru"] }, ["email"]],
    ["a shared company domain", { domains: ["romashka.ru"] }, ["domain"]],
    ["a free-mail domain only", { domains: ["gmail.com"] }, []],
    ["a typo in the name", { name: "ромашко" }, ["name"]],
    ["a name with a word added", { name: "ромашка плюс" }, []],
    ["another INN and name", { inn: "7736207543", name: "яндекс" }, []],
    ["everything", { ...subject }, ["inn", "phone", "email", "domain", "name"]],
  ])("%s gives reasons %j", (_, other, reasons) => {
    const found = findDuplicates(subject, [{ id: "cli_1", keys: keys(other) }]);
    expect(found.map((m) => m.reasons)).toEqual(reasons.length ? [reasons] : []);
  });

  it("never matches on an empty INN or name", () => {
    const blank = keys({ inn: null, name: "" });
    expect(findDuplicates(blank, [{ id: "cli_1", keys: keys({ inn: null, name: "" }) }])).toEqual([]);
  });

  it("orders by the strongest reason, then by score", () => {
    const found = findDuplicates(subject, [
      { id: "by-name", keys: keys({ name: "ромашка" }) },
      { id: "by-domain", keys: keys({ domains: ["romashka.ru"] }) },
      { id: "by-phone-and-email", keys: keys({ phones: ["+74951234567"], emails: ["ivan@romashka.ru"] }) },
      { id: "by-email", keys: keys({ emails: ["ivan@romashka.ru"] }) },
      { id: "by-inn", keys: keys({ inn: "7707083893" }) },
    ]);
    expect(found.map((m) => [m.id, m.score])).toEqual([
      ["by-inn", 0.95],
      ["by-phone-and-email", 0.96],
      ["by-email", 0.8],
      ["by-domain", 0.5],
      ["by-name", 0.5],
    ]);
  });

  it("takes a looser name threshold when asked", () => {
    const other = [{ id: "cli_1", keys: keys({ name: "ромашка плюс" }) }];
    expect(findDuplicates(subject, other, { nameThreshold: 0.6 })).toMatchObject([
      { id: "cli_1", reasons: ["name"] },
    ]);
  });
});

describe("isFreeMailDomain", () => {
  it.each([
    ["gmail.com", true],
    ["yandex.ru", true],
    ["Mail.RU", true],
    ["bk.ru", true],
    ["icloud.com", true],
    ["romashka.ru", false],
    ["mail.romashka.ru", false],
  ])("%s → %s", (domain, expected) => {
    expect(isFreeMailDomain(domain)).toBe(expected);
  });
});
