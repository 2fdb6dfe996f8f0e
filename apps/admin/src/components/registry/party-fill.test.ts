import { describe, expect, it } from "vitest";
import { fillPatch, partyFills, replacedKeys } from "./party-fill.ts";
import type { PartyCandidate } from "./types.ts";

const sber: PartyCandidate = {
  kind: "legal",
  fullName: 'ПАО "СБЕРБАНК РОССИИ"',
  shortName: "ПАО СБЕРБАНК",
  inn: "7707083893",
  kpp: "773601001",
  ogrn: "1027700132195",
  address: "г Москва, ул Вавилова, д 19",
  director: { name: "Греф Герман Оскарович", post: "ПРЕЗИДЕНТ" },
  status: "active",
};
const empty = { name: "", legalName: "", kpp: "", ogrn: "", address: "" };
const fills = partyFills(sber);

describe("partyFills", () => {
  it("names the client by the short name and keeps the full one as the legal name", () => {
    expect(fills).toEqual({
      name: "ПАО СБЕРБАНК",
      legalName: 'ПАО "СБЕРБАНК РОССИИ"',
      kpp: "773601001",
      ogrn: "1027700132195",
      address: "г Москва, ул Вавилова, д 19",
    });
  });

  it("fills nothing a sole trader lacks (no KPP, no short name)", () => {
    expect(partyFills({ ...sber, kind: "individual", shortName: null, kpp: null })).toEqual({
      name: 'ПАО "СБЕРБАНК РОССИИ"',
      legalName: 'ПАО "СБЕРБАНК РОССИИ"',
      ogrn: "1027700132195",
      address: "г Москва, ул Вавилова, д 19",
    });
  });
});

describe("fillPatch and replacedKeys", () => {
  it.each([
    { name: "an empty form gets every field", draft: empty, replace: false, patch: fills, replaced: [] },
    {
      name: "what the user typed stays unless asked",
      draft: { ...empty, name: "Сбер", kpp: "773601001" },
      replace: false,
      patch: { legalName: fills.legalName, ogrn: fills.ogrn, address: fills.address },
      replaced: ["name"],
    },
    {
      name: "asked, it replaces what differs",
      draft: { ...empty, name: "Сбер" },
      replace: true,
      patch: fills,
      replaced: ["name"],
    },
    {
      name: "a form that already matches needs nothing",
      draft: { ...empty, ...fills } as typeof empty,
      replace: true,
      patch: {},
      replaced: [],
    },
  ])("$name", ({ draft, replace, patch, replaced }) => {
    expect(fillPatch(draft, fills, replace)).toEqual(patch);
    expect(replacedKeys(draft, fills)).toEqual(replaced);
  });
});
