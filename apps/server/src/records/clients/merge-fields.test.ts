import { describe, expect, it } from "vitest";
import type { ClientRow } from "./find-client.ts";
import { namePrefixes } from "./find-duplicates.ts";
import { mergedFields, stageAfterMerge } from "./merge-fields.ts";
import { prefixUpperBound } from "./name-prefix.ts";

const client = (fields: Partial<ClientRow>): ClientRow => ({
  id: "cli_x",
  kind: "company",
  name: "X",
  nameNormalized: "x",
  legalName: null,
  inn: null,
  kpp: null,
  ogrn: null,
  website: null,
  phones: [],
  emails: [],
  address: null,
  region: null,
  city: null,
  industry: null,
  source: null,
  tags: [],
  customFields: {},
  stage: "prospect",
  tier: "standard",
  prospectingOwnerId: null,
  firstSaleOwnerId: null,
  farmingOwnerId: null,
  vipOwnerId: null,
  mergedIntoId: null,
  createdBy: "u",
  createdAt: 0,
  updatedAt: 0,
  ...fields,
});

describe("mergedFields", () => {
  it("fills only what `into` lacks and joins lists", () => {
    const into = client({
      region: "Москва",
      phones: ["+1"],
      tags: ["Опт"],
      customFields: { a: 1 },
      farmingOwnerId: "u1",
    });
    const from = client({
      region: "Тверь",
      city: "Тверь",
      inn: "7707083893",
      phones: ["+2", "+1"],
      tags: ["опт", "Розница"],
      customFields: { a: 2, b: 3 },
      farmingOwnerId: "u2",
      vipOwnerId: "u3",
      tier: "vip",
    });
    expect(mergedFields(into, from)).toEqual({
      city: "Тверь",
      inn: "7707083893",
      vipOwnerId: "u3",
      phones: ["+1", "+2"],
      emails: [],
      tags: ["Опт", "Розница"],
      customFields: { a: 1, b: 3 },
      tier: "vip",
    });
  });

  it.each([
    ["prospect", "customer", "customer"],
    ["customer", "lead", null],
    ["lead", "lead", null],
  ] as const)("into at %s, from at %s → %s", (a, b, stage) => {
    expect(stageAfterMerge(client({ stage: a }), client({ stage: b }))).toBe(stage);
  });
});

describe("name prefixes", () => {
  it.each([
    ["ромашка плюс", ["ромашка", "рома"]],
    ["ао", ["ао"]],
    ["альфа", ["альфа", "аль"]],
    ["", []],
  ])("%s → %j", (name, prefixes) => {
    expect(namePrefixes(name)).toEqual(prefixes);
  });

  it("bounds a prefix range by its last character plus one", () => {
    expect(prefixUpperBound("ромашка")).toBe("ромашкб");
    expect(prefixUpperBound("a\u{d7ff}")).toBe("a\u{e000}");
  });
});
