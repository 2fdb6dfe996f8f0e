import { dadataSamples, type PartyCandidate, partiesFromDadata } from "@quartet/core";
import { describe, expect, it } from "vitest";
import type { ValidRow } from "./read-row.ts";
import { fillFromParty, partyForRow, wantsRegistry } from "./registry-fill.ts";

type Columns = Record<"legalName" | "inn" | "kpp" | "ogrn" | "address", string | null>;
const blank: Columns = { legalName: null, inn: "7707083893", kpp: null, ogrn: null, address: null };
const rowOf = (client: Partial<Columns>): ValidRow =>
  ({ client: { name: "Сбер", ...blank, ...client }, keys: [] }) as unknown as ValidRow;
const [sber] = partiesFromDadata({ suggestions: [dadataSamples.sberParty] }) as [PartyCandidate];

describe("wantsRegistry", () => {
  it.each([
    ["an INN and blanks", {}, true],
    ["no INN", { inn: null }, false],
    [
      "everything given by the file",
      { legalName: "ПАО Сбербанк", kpp: "773601001", ogrn: "1027700132195", address: "Москва" },
      false,
    ],
  ])("%s", (_, client, expected) => expect(wantsRegistry(rowOf(client))).toBe(expected));
});

describe("fillFromParty", () => {
  it.each([
    [
      "fills every blank",
      {},
      { legalName: sber.fullName, kpp: "773601001", ogrn: "1027700132195", address: sber.address },
    ],
    [
      "never over what the file gave",
      { legalName: "Сбербанк (из файла)", address: "Москва, Вавилова 19" },
      {
        legalName: "Сбербанк (из файла)",
        kpp: "773601001",
        ogrn: "1027700132195",
        address: "Москва, Вавилова 19",
      },
    ],
  ])("%s", (_, client, expected) =>
    expect(fillFromParty(rowOf(client), sber).row.client).toMatchObject(expected),
  );

  it.each<[string, PartyCandidate, unknown]>([
    [
      "the card: short name, director and post in sentence case",
      sber,
      {
        shortName: "ПАО СБЕРБАНК",
        directorName: "Греф Герман Оскарович",
        directorTitle: "Президент, председатель правления",
      },
    ],
    ["no card when the registry names none of it", { ...sber, shortName: null, director: null }, null],
  ])("%s", (_, party, expected) => expect(fillFromParty(rowOf({}), party).card).toEqual(expected));
});

describe("partyForRow", () => {
  const branch = { ...sber, kpp: "784243001" };
  it.each([
    ["the registry's first without a KPP", {}, [sber, branch], sber],
    ["the branch with the file's KPP", { kpp: "784243001" }, [sber, branch], branch],
    ["none when no entry has the file's KPP", { kpp: "123456789" }, [sber], null],
    ["none when the registry found nothing", {}, [], null],
  ])("%s", (_, client, parties, expected) => expect(partyForRow(rowOf(client), parties)).toEqual(expected));
});
