import { describe, expect, it } from "vitest";
import { blankRequisites } from "../../requisites/org-requisites.ts";
import { accountsToMove, mergedCard } from "./merge-requisites.ts";

// A card row as `core_client_requisites` keeps it: the requisites without what lives on the client.
const {
  fullName: _name,
  inn: _inn,
  kpp: _kpp,
  ogrn: _ogrn,
  legalAddress: _address,
  ...cardBlank
} = blankRequisites;
const blank = { clientId: "cli_from", ...cardBlank, updatedAt: 1 };
const account = (id: string, bik: string, number: string, isDefault = false) => ({
  id,
  ownerId: "x",
  bik,
  bankName: null,
  account: number,
  correspondentAccount: null,
  isDefault,
  position: 0,
  createdAt: 1,
});

describe("mergedCard", () => {
  const from = { ...blank, shortName: "ТД Ромашка", directorName: "Пётр", vatMode: "vat20", paymentDays: 5 };
  it.each([
    ["nothing to take", null, null, null],
    [
      "a survivor without a card takes the whole card",
      null,
      from,
      { ...from, clientId: "cli_into", updatedAt: 9 },
    ],
    [
      "the survivor's values win, its blanks are filled, its VAT mode stays",
      { ...blank, clientId: "cli_into", shortName: "Ромашка", vatMode: "none" },
      from,
      {
        ...blank,
        clientId: "cli_into",
        shortName: "Ромашка",
        directorName: "Пётр",
        paymentDays: 5,
        updatedAt: 9,
      },
    ],
    ["nothing blank to fill", { ...from, clientId: "cli_into" }, from, null],
  ])("%s", (_, into, fromCard, expected) =>
    expect(mergedCard(into, fromCard, "cli_into", 9)).toEqual(expected),
  );
});

describe("accountsToMove", () => {
  const sber = account("bank_1", "044525225", "40702810400000000005", true);
  const tbank = account("bank_2", "044525974", "40802810700000000002");
  it.each([
    [
      "to a survivor without accounts, as they were",
      [],
      [sber, tbank],
      [
        { id: "bank_1", position: 0, isDefault: true },
        { id: "bank_2", position: 1, isDefault: false },
      ],
    ],
    [
      "after the survivor's own, none of them the default",
      [{ ...tbank, id: "bank_9", isDefault: true }],
      [sber],
      [{ id: "bank_1", position: 1, isDefault: false }],
    ],
    [
      "not an account the survivor holds (same BIK and account)",
      [{ ...sber, id: "bank_9" }],
      [sber, tbank],
      [{ id: "bank_2", position: 1, isDefault: false }],
    ],
    [
      "the same account once",
      [],
      [sber, { ...sber, id: "bank_3", isDefault: false }],
      [{ id: "bank_1", position: 0, isDefault: true }],
    ],
  ])("%s", (_, into, from, expected) => expect(accountsToMove(into, from)).toEqual(expected));
});
