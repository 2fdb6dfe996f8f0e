import { clientInput, validateInn } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { demoCompanies } from "./companies.ts";
import { seededRandom } from "./random.ts";

describe("demo companies", () => {
  const companies = demoCompanies(seededRandom(11), 120);

  it("have unique names and domains, and pass core's client input checks", () => {
    expect(new Set(companies.map((c) => c.client.name)).size).toBe(120);
    expect(new Set(companies.map((c) => c.client.website)).size).toBe(120);
    for (const company of companies) {
      const parsed = clientInput.safeParse(company.client);
      expect(parsed.success, `${company.client.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it("carry valid INNs (10 digits with a KPP, 12 for an ИП), +7 phones and Russian names", () => {
    for (const { client } of companies) {
      const inn = validateInn(client.inn ?? "");
      expect(inn.ok, client.inn ?? "").toBe(true);
      expect(client.name.startsWith("ИП ") ? 12 : 10).toBe(client.inn?.length);
      expect(client.kpp === null).toBe(client.name.startsWith("ИП "));
      for (const phone of [...(client.phones ?? []), ...client.contacts.flatMap((c) => c.phones ?? [])]) {
        expect(phone).toMatch(/^\+7\d{10}$/);
      }
      expect(client.name).toMatch(/^(ООО "[А-ЯЁа-яё]+"|ИП [А-ЯЁ][а-яё]+ [А-ЯЁ]\. [А-ЯЁ]\.)$/);
    }
  });

  it("are the same for the same seed", () => {
    expect(demoCompanies(seededRandom(11), 5)).toEqual(companies.slice(0, 5));
  });
});
