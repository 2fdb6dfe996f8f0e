import { describe, expect, it } from "vitest";
import { requisitesFills } from "./requisites-fills.ts";

describe("requisitesFills", () => {
  it.each([
    {
      name: "a company: names, codes, legal address, director with the post in sentence case",
      candidate: {
        kind: "legal" as const,
        fullName: 'ПАО "СБЕРБАНК РОССИИ"',
        shortName: "ПАО СБЕРБАНК",
        inn: "7707083893",
        kpp: "773601001",
        ogrn: "1027700132195",
        address: "г Москва, ул Вавилова, д 19",
        director: { name: "Греф Герман Оскарович", post: "ПРЕЗИДЕНТ, ПРЕДСЕДАТЕЛЬ ПРАВЛЕНИЯ" },
        status: "active" as const,
      },
      expected: {
        fullName: 'ПАО "СБЕРБАНК РОССИИ"',
        shortName: "ПАО СБЕРБАНК",
        kpp: "773601001",
        ogrn: "1027700132195",
        legalAddress: "г Москва, ул Вавилова, д 19",
        directorName: "Греф Герман Оскарович",
        directorTitle: "Президент, председатель правления",
      },
    },
    {
      name: "a sole trader: no KPP, no post",
      candidate: {
        kind: "individual" as const,
        fullName: "ИП Иванов Иван Иванович",
        shortName: null,
        inn: "500100732259",
        kpp: null,
        ogrn: "304500116000157",
        address: null,
        director: { name: "Иванов Иван Иванович", post: null },
        status: "active" as const,
      },
      expected: {
        fullName: "ИП Иванов Иван Иванович",
        ogrn: "304500116000157",
        directorName: "Иванов Иван Иванович",
      },
    },
  ])("$name", ({ candidate, expected }) => {
    expect(requisitesFills(candidate)).toEqual(expected);
  });
});
