import { describe, expect, it } from "vitest";
import { requisitesInput } from "../requisites/requisites-input.ts";
import { partyFromRequisites, signatoriesFromRequisites } from "./party.ts";

const sber = { bik: "044525225", bankName: "ПАО СБЕРБАНК", correspondentAccount: "30101810400000000225" };

const requisites = (over: Record<string, unknown> = {}) =>
  requisitesInput.parse({
    fullName: "Общество с ограниченной ответственностью «Квартет Продажи»",
    shortName: "ООО «Квартет Продажи»",
    inn: "7707083893",
    kpp: "773601001",
    legalAddress: "117997, г. Москва, ул. Вавилова, д. 19",
    directorName: "Иванов И. И.",
    directorTitle: "Генеральный директор",
    accountantName: "Петрова А. С.",
    bankAccounts: [{ ...sber, account: "40702810938000012345" }],
    ...over,
  });

describe("partyFromRequisites", () => {
  it("prints the short name, codes, legal address and the only account", () => {
    expect(partyFromRequisites(requisites(), "+7 495 500-55-50")).toEqual({
      name: "ООО «Квартет Продажи»",
      inn: "7707083893",
      kpp: "773601001",
      address: "117997, г. Москва, ул. Вавилова, д. 19",
      phone: "+7 495 500-55-50",
      bank: {
        bankName: "ПАО СБЕРБАНК",
        bik: "044525225",
        correspondentAccount: "30101810400000000225",
        settlementAccount: "40702810938000012345",
      },
    });
  });

  it.each([
    {
      what: "the full name and the postal address when the short name and legal address are blank",
      over: { shortName: "", legalAddress: "", postalAddress: "а/я 15, Москва" },
      expected: {
        name: "Общество с ограниченной ответственностью «Квартет Продажи»",
        address: "а/я 15, Москва",
      },
      absent: [],
    },
    {
      what: "no KPP, no bank for an entrepreneur without accounts",
      over: { inn: "500100732259", kpp: "", bankAccounts: [] },
      expected: { inn: "500100732259" },
      absent: ["kpp", "bank"],
    },
  ])("$what", ({ over, expected, absent }) => {
    const party = partyFromRequisites(requisites(over));
    expect(party).toMatchObject(expected);
    for (const key of absent) expect(party).not.toHaveProperty(key);
  });

  it("takes the default account of several", () => {
    const party = partyFromRequisites(
      requisites({
        bankAccounts: [
          { ...sber, account: "40702810938000012345" },
          { ...sber, account: "40702810238000012346", isDefault: true },
        ],
      }),
    );
    expect(party.bank?.settlementAccount).toBe("40702810238000012346");
  });
});

describe("signatoriesFromRequisites", () => {
  it("names the director with their title and the accountant", () => {
    expect(signatoriesFromRequisites(requisites())).toEqual({
      director: { fullName: "Иванов И. И.", position: "Генеральный директор" },
      accountant: { fullName: "Петрова А. С." },
    });
    expect(signatoriesFromRequisites(requisites({ directorName: "", accountantName: "" }))).toEqual({});
  });
});
