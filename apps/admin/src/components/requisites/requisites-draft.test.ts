import { describe, expect, it } from "vitest";
import { draftOf, inputOf, type RequisitesValue, shownPaths } from "./requisites-draft.ts";

const value: RequisitesValue = {
  fullName: "ООО «Ромашка»",
  shortName: null,
  inn: "7707083893",
  kpp: null,
  ogrn: null,
  legalAddress: null,
  postalAddress: null,
  directorName: null,
  directorTitle: null,
  accountantName: null,
  vatMode: "vat20",
  paymentDays: 5,
  updatedAt: null,
  bankAccounts: [
    {
      id: "b1",
      bik: "044525225",
      bankName: null,
      account: "40702810400000000005",
      correspondentAccount: null,
      isDefault: true,
    },
  ],
};

describe("requisites draft", () => {
  it("round-trips the server's value", () => {
    const { updatedAt: _, ...sent } = value;
    expect(inputOf(draftOf(value))).toEqual(sent);
  });

  it.each([
    ["", null],
    [" 10 ", 10],
    ["abc", Number.NaN],
  ])("payment terms %j are sent as %s", (paymentDays, sent) => {
    expect(inputOf({ ...draftOf(value), paymentDays }).paymentDays).toEqual(sent);
  });

  it("an unknown VAT mode is shown as none; blanks become null", () => {
    const draft = draftOf({ ...value, vatMode: "vat18" as RequisitesValue["vatMode"] });
    expect(draft.vatMode).toBe("none");
    expect(inputOf({ ...draft, fullName: "  " }).fullName).toBeNull();
  });

  it("lists every account's fields under a prefix", () => {
    expect(shownPaths(draftOf(value), "requisites.")).toContain("requisites.bankAccounts.0.account");
  });
});
