import { describe, expect, it } from "vitest";
import { bankAnswer, sberBank, sberParty, soleTrader } from "./dadata-fixtures.ts";
import { bankFromDadata, partiesFromDadata, partyFromDadata } from "./map-dadata.ts";

describe("partyFromDadata", () => {
  it.each([
    {
      name: "a company with its director",
      input: sberParty,
      expected: {
        kind: "legal",
        fullName: 'ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО "СБЕРБАНК РОССИИ"',
        shortName: "ПАО СБЕРБАНК",
        inn: "7707083893",
        kpp: "773601001",
        ogrn: "1027700132195",
        address: "117312, г Москва, Академический р-н, ул Вавилова, д 19",
        director: { name: "Греф Герман Оскарович", post: "ПРЕЗИДЕНТ, ПРЕДСЕДАТЕЛЬ ПРАВЛЕНИЯ" },
        status: "active",
      },
    },
    {
      name: "a sole trader heads their own business, has no KPP, address falls back to the short one",
      input: soleTrader,
      expected: {
        kind: "individual",
        fullName: "Индивидуальный предприниматель Иванов Иван Иванович",
        shortName: "ИП Иванов И.И.",
        inn: "500100732259",
        kpp: null,
        ogrn: "304500116000157",
        address: "г Москва",
        director: { name: "Иванов Иван Иванович", post: null },
        status: "liquidated",
      },
    },
    {
      name: "name from `full` and `value` when the OPF forms are missing; unknown status reads active",
      input: {
        value: "ООО Ромашка",
        data: { inn: "7707083893", name: { full: "РОМАШКА" }, state: { status: "NEW" } },
      },
      expected: {
        kind: "legal",
        fullName: "РОМАШКА",
        shortName: "ООО Ромашка",
        inn: "7707083893",
        kpp: null,
        ogrn: null,
        address: null,
        director: null,
        status: "active",
      },
    },
  ])("$name", ({ input, expected }) => {
    expect(partyFromDadata(input)).toEqual(expected);
  });

  it.each([
    { name: "no data", input: { value: "X" } },
    { name: "no INN", input: { value: "X", data: { inn: "" } } },
    { name: "no name at all", input: { data: { inn: "7707083893" } } },
  ])("drops a suggestion with $name", ({ input }) => {
    expect(partyFromDadata(input)).toBeNull();
  });

  it("keeps the registry's order and skips unusable suggestions", () => {
    const found = partiesFromDadata({ suggestions: [soleTrader, { value: "?" }, sberParty] });
    expect(found.map((p) => p.inn)).toEqual(["500100732259", "7707083893"]);
    expect(partiesFromDadata({})).toEqual([]);
  });
});

describe("bankFromDadata", () => {
  it.each([
    {
      name: "a bank with its correspondent account",
      input: bankAnswer,
      expected: {
        bik: "044525225",
        name: "ПАО СБЕРБАНК",
        correspondentAccount: "30101810400000000225",
        address: "117997, г Москва, ул Вавилова, д 19",
      },
    },
    {
      name: "a settlement centre without a correspondent account, named by `value`",
      input: { suggestions: [{ value: "ГУ Банка России", data: { bic: "044525000" } }] },
      expected: { bik: "044525000", name: "ГУ Банка России", correspondentAccount: null, address: null },
    },
    {
      name: "the first usable suggestion",
      input: { suggestions: [{ value: "", data: { bic: "1" } }, sberBank] },
      expected: expect.objectContaining({ bik: "044525225" }),
    },
    { name: "nothing found", input: { suggestions: [] }, expected: null },
  ])("$name", ({ input, expected }) => {
    expect(bankFromDadata(input)).toEqual(expected);
  });
});
