import { describe, expect, it } from "vitest";
import { type FillableClient, fillBlanks } from "./duplicate-choice.ts";

const blank: FillableClient = {
  legalName: null,
  inn: null,
  kpp: null,
  ogrn: null,
  website: null,
  address: null,
  region: null,
  city: null,
  industry: null,
  phones: [],
  emails: [],
};

describe("fillBlanks", () => {
  it.each<[string, Partial<FillableClient>, Partial<FillableClient>, Partial<FillableClient>]>([
    ["a blank city", {}, { city: "Москва" }, { city: "Москва" }],
    ["a city already there", { city: "Тверь" }, { city: "Москва" }, {}],
    ["no phones yet", {}, { phones: ["+79160000001"] }, { phones: ["+79160000001"] }],
    ["phones already there", { phones: ["+74951112233"] }, { phones: ["+79160000001"] }, {}],
    ["nothing in the row", { inn: "7707083893" }, {}, {}],
    [
      "several blanks",
      { inn: "7707083893" },
      { kpp: "773601001", inn: "7736207543", industry: "Опт" },
      { kpp: "773601001", industry: "Опт" },
    ],
  ])("%s", (_, existing, incoming, patch) => {
    expect(fillBlanks({ ...blank, ...existing }, { ...blank, ...incoming })).toEqual(patch);
  });
});
