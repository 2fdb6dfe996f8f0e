import { describe, expect, it } from "vitest";
import { wordMessage } from "../messages/word.ts";
import { type ClientInputRaw, clientInput, contactInput } from "./client-input.ts";
import { inputIssueCodes } from "./input-fields.ts";

const base: ClientInputRaw = { name: "Ромашка" };

/** Field path → [code, message] of a failed parse, or null when it parses. */
function issuesOf(raw: ClientInputRaw) {
  const result = clientInput.safeParse(raw);
  if (result.success) return null;
  const codes = inputIssueCodes(result.error);
  return Object.fromEntries(
    result.error.issues.map((i) => [
      i.path.join("."),
      [codes[i.path.join(".")], wordMessage("en", i.message)],
    ]),
  );
}

describe("clientInput", () => {
  it("normalizes a full client", () => {
    expect(
      clientInput.parse({
        kind: "company",
        name: '  ООО "Ромашка" ',
        legalName: " ",
        inn: "7707 083 893",
        kpp: "773601001",
        ogrn: "1027700132195",
        phones: ["8 (495) 123-45-67", "+7 495 123 45 67", "", "8 916 123-45-67"],
        emails: [" Ivan@Romashka.RU", "ivan@romashka.ru"],
        website: "https://www.Romashka.ru/contacts",
        city: "Москва",
        tags: ["опт", "Опт", " розница "],
        customFields: { "Размер склада, м²": 1200, "Есть доставка": true, "Менеджер в 1С": null },
      }),
    ).toEqual({
      kind: "company",
      name: 'ООО "Ромашка"',
      legalName: null,
      inn: "7707083893",
      kpp: "773601001",
      ogrn: "1027700132195",
      phones: ["+74951234567", "+79161234567"],
      emails: ["ivan@romashka.ru"],
      website: "romashka.ru",
      address: null,
      region: null,
      city: "Москва",
      industry: null,
      tags: ["опт", "розница"],
      customFields: { "Размер склада, м²": 1200, "Есть доставка": true, "Менеджер в 1С": null },
    });
  });

  it("fills the defaults of a bare client", () => {
    expect(clientInput.parse(base)).toMatchObject({
      kind: "company",
      inn: null,
      phones: [],
      tags: [],
      customFields: {},
    });
  });

  it.each<[string, Partial<ClientInputRaw>, Record<string, [string, string]>]>([
    [
      "an INN with a wrong checksum",
      { inn: "7707083894" },
      { inn: ["inn.checksum", "INN checksum does not match"] },
    ],
    [
      "an INN of 11 digits",
      { inn: "77070838931" },
      { inn: ["inn.length", expect.stringContaining("10 digits")] },
    ],
    ["an INN of ten zeros", { inn: "0000000000" }, { inn: ["inn.zeros", "INN cannot be all zeros"] }],
    ["an INN of region 00", { inn: "0012345679" }, { inn: ["inn.region", expect.stringContaining("00")] }],
    ["a short KPP", { kpp: "77360100" }, { kpp: ["kpp.length", "KPP must have 9 characters"] }],
    [
      "an OGRN with a wrong check digit",
      { ogrn: "1027700132194" },
      { ogrn: ["ogrn.checksum", expect.stringContaining("OGRN")] },
    ],
    [
      "a bad second phone",
      { phones: ["84951234567", "12"] },
      { "phones.1": ["phone.invalid", "Phone number is not valid"] },
    ],
    ["a bad email", { emails: ["ivan@"] }, { "emails.0": ["email.invalid", "Email address is not valid"] }],
    ["a bad website", { website: "romashka" }, { website: ["website.invalid", expect.any(String)] }],
    ["a blank name", { name: "   " }, { name: ["too_small", "Name is required"] }],
    [
      "a name of 301 characters",
      { name: "я".repeat(301) },
      { name: ["too_big", expect.stringContaining("300")] },
    ],
    [
      "51 tags",
      { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
      { tags: ["too_big", "At most 50 tags"] },
    ],
    [
      "a tag of 51 characters",
      { tags: ["ok", "x".repeat(51)] },
      { "tags.1": ["too_big", expect.any(String)] },
    ],
    [
      "a person with a company INN",
      { kind: "person", inn: "7707083893" },
      { inn: ["inn.person-needs-12-digits", expect.any(String)] },
    ],
    [
      "a KPP beside a 12-digit INN",
      { inn: "500100732259", kpp: "500101001" },
      { kpp: ["kpp.not-for-individual", expect.any(String)] },
    ],
    [
      "an OGRNIP beside a 10-digit INN",
      { inn: "7707083893", ogrn: "304500116000157" },
      { ogrn: ["ogrn.kind-mismatch", expect.any(String)] },
    ],
  ])("refuses %s", (_, fields, expected) => {
    expect(issuesOf({ ...base, ...fields })).toEqual(expected);
  });

  it("keeps an individual entrepreneur's tax ids together", () => {
    const ip = clientInput.parse({ name: "ИП Иванов", inn: "500100732259", ogrn: "304500116000157" });
    expect(ip).toMatchObject({ kind: "company", inn: "500100732259", ogrn: "304500116000157", kpp: null });
  });

  it("refuses a custom field holding an object", () => {
    expect(clientInput.safeParse({ ...base, customFields: { a: { b: 1 } } }).success).toBe(false);
  });
});

describe("contactInput", () => {
  it("normalizes a contact", () => {
    expect(
      contactInput.parse({
        name: " Иван Петров ",
        position: "Коммерческий директор",
        role: "decision-maker",
        phones: ["8 916 123-45-67"],
        emails: ["Ivan@Romashka.ru"],
      }),
    ).toEqual({
      name: "Иван Петров",
      position: "Коммерческий директор",
      role: "decision-maker",
      phones: ["+79161234567"],
      emails: ["ivan@romashka.ru"],
      isPrimary: false,
    });
  });

  it.each([
    [{ name: "" }, "name"],
    [{ name: "Иван", role: "boss" }, "role"],
    [{ name: "Иван", phones: ["abc"] }, "phones.0"],
  ])("refuses %j at %s", (raw, path) => {
    const result = contactInput.safeParse(raw);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([path]);
  });
});
