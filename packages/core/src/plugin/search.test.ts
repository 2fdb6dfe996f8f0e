import { describe, expect, it } from "vitest";
import { ownsPermission, searchSpellings, validateSearch } from "./search.ts";

describe("validateSearch", () => {
  it.each([
    ["absent", undefined, true],
    ["a function", async () => [], true],
    ["an object", { find: async () => [] }, false],
    ["a string", "deals", false],
  ] as const)("accepts search when %s: %s", (_, search, ok) => {
    const check = () => validateSearch({ id: "first-sale", search });
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow('Plugin "first-sale" declares search that is not a function');
  });
});

describe("ownsPermission", () => {
  it.each([
    ["first-sale", "first-sale.deals.read", true],
    ["first-sale", "first-sale-x.deals.read", false],
    ["first-sale", "core.clients.read", false],
    ["vip", "vipx.read", false],
  ] as const)("%s owns %s: %s", (plugin, permission, owns) => {
    expect(ownsPermission(plugin, permission)).toBe(owns);
  });
});

describe("searchSpellings", () => {
  it.each([
    ["ива", ["ива", "Ива", "ИВА"]],
    ["ИВА", ["ИВА", "ива", "Ива"]],
    ["Поставка", ["Поставка", "поставка", "ПОСТАВКА"]],
    ["иван петров", ["иван петров", "Иван петров", "ИВАН ПЕТРОВ", "Иван Петров"]],
    ["ООО «ЛЮТИК»", ["ООО «ЛЮТИК»", "ооо «лютик»", "Ооо «лютик»", "Ооо «Лютик»"]],
    ["ёлкина", ["ёлкина", "Ёлкина", "ЁЛКИНА"]],
    ["acme", ["acme", "Acme", "ACME"]],
  ] as const)("%s is looked for as %j", (q, spellings) => {
    expect(searchSpellings(q)).toEqual(spellings);
  });
});
