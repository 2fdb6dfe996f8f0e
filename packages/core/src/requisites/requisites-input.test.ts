import { describe, expect, it } from "vitest";
import { requisitesInput } from "./requisites-input.ts";

const bank = {
  bik: "044525225",
  account: "40702810400000000005",
  correspondentAccount: "30101810400000000225",
};

/** Field path → message key of each issue, or the parsed value. */
function parse(input: unknown) {
  const result = requisitesInput.safeParse(input);
  return result.success
    ? { ok: true as const, value: result.data }
    : {
        ok: false as const,
        issues: Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message])),
      };
}

describe("requisitesInput", () => {
  it("normalizes a full card: codes without spaces, blanks to null, the only account the default", () => {
    const result = parse({
      fullName: " ООО «Ромашка» ",
      shortName: "",
      inn: "7707 083 893",
      kpp: "773601001",
      ogrn: "1027700132195",
      vatMode: "vat20",
      paymentDays: 5,
      bankAccounts: [{ ...bank, account: "4070 2810 4000 0000 0005" }],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        fullName: "ООО «Ромашка»",
        shortName: null,
        inn: "7707083893",
        kpp: "773601001",
        ogrn: "1027700132195",
        legalAddress: null,
        postalAddress: null,
        directorName: null,
        directorTitle: null,
        accountantName: null,
        vatMode: "vat20",
        paymentDays: 5,
        bankAccounts: [{ ...bank, bankName: null, isDefault: true }],
      },
    });
  });

  it("an empty card is valid: no VAT, no terms, no accounts", () => {
    const result = parse({});
    expect(result.ok && result.value).toMatchObject({ vatMode: "none", paymentDays: null, bankAccounts: [] });
  });

  it.each([
    [
      "an account failing its BIK's control key",
      { bankAccounts: [{ ...bank, account: "40702810400000000006" }] },
      { "bankAccounts.0.account": "core.requisites.accountKey" },
    ],
    [
      "a short account",
      { bankAccounts: [{ ...bank, account: "4070281040000000000" }] },
      { "bankAccounts.0.account": "core.requisites.accountFormat" },
    ],
    [
      "a bad BIK (the accounts are not checked against it)",
      { bankAccounts: [{ ...bank, bik: "12345" }] },
      { "bankAccounts.0.bik": "core.requisites.bikFormat" },
    ],
    [
      "a correspondent account of another bank",
      { bankAccounts: [{ ...bank, correspondentAccount: "30101810500000000653" }] },
      { "bankAccounts.0.correspondentAccount": "core.requisites.correspondentKey" },
    ],
    [
      "two defaults",
      {
        bankAccounts: [
          { ...bank, isDefault: true },
          { bik: "044525974", account: "40802810700000000002", isDefault: true },
        ],
      },
      { "bankAccounts.1.isDefault": "core.requisites.oneDefault" },
    ],
    [
      "one account twice",
      { bankAccounts: [bank, bank] },
      { "bankAccounts.1.account": "core.requisites.accountRepeated" },
    ],
    ["an INN checksum", { inn: "7707083894" }, { inn: "core.clients.innChecksum" }],
    [
      "an OGRNIP with a company's INN",
      { inn: "7707083893", ogrn: "304500116000157" },
      { ogrn: "core.clients.ogrnKind" },
    ],
    [
      "a KPP of an individual entrepreneur",
      { inn: "500100732259", kpp: "773601001" },
      { kpp: "core.clients.kppIndividual" },
    ],
    ["negative payment terms", { paymentDays: -1 }, { paymentDays: "core.requisites.paymentDays" }],
    ["fractional payment terms", { paymentDays: 1.5 }, { paymentDays: "core.requisites.paymentDays" }],
  ])("refuses %s", (_, input, issues) => {
    expect(parse(input)).toEqual({ ok: false, issues });
  });

  it("keeps the marked default and leaves the rest plain", () => {
    const second = { bik: "044525974", account: "40802810700000000002", isDefault: true };
    const result = parse({ bankAccounts: [bank, second] });
    expect(result.ok && result.value.bankAccounts.map((a) => a.isDefault)).toEqual([false, true]);
  });

  it("refuses an unknown VAT mode", () => {
    expect(parse({ vatMode: "vat18" }).ok).toBe(false);
  });
});
