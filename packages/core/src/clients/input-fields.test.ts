import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  customFieldsField,
  inputIssueCodes,
  optionalText,
  tagsField,
  taxIdField,
  websiteField,
} from "./input-fields.ts";

describe("field schemas", () => {
  it.each<[string, z.ZodType, unknown, unknown]>([
    ["optionalText trims", optionalText(10), "  Тверь ", "Тверь"],
    ["optionalText blanks to null", optionalText(10), "   ", null],
    ["optionalText missing to null", optionalText(10), undefined, null],
    ["taxIdField blanks to null", taxIdField("inn"), " ", null],
    ["taxIdField compacts", taxIdField("ogrn"), "1027700 132195", "1027700132195"],
    ["websiteField null to null", websiteField, null, null],
    ["tagsField merges case repeats", tagsField, ["VIP", "vip", "", " опт "], ["VIP", "опт"]],
    ["customFieldsField defaults", customFieldsField, undefined, {}],
  ])("%s", (_, schema, input, output) => {
    expect(schema.parse(input)).toEqual(output);
  });

  it("limits custom fields to 100", () => {
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, i]));
    expect(customFieldsField.safeParse(many).success).toBe(false);
  });
});

describe("inputIssueCodes", () => {
  const schema = z.object({ inn: taxIdField("inn"), city: optionalText(3) });
  it.each([
    [{ inn: "7707083894" }, { inn: "inn.checksum" }],
    [{ inn: "12" }, { inn: "inn.length" }],
    [{ city: "Москва" }, { city: "too_big" }],
    [{ inn: 7707083893 }, { inn: "invalid_type" }],
  ])("%j → %j", (input, codes) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(inputIssueCodes(result.error)).toEqual(codes);
  });

  it("names a root issue", () => {
    const result = schema.safeParse("nonsense");
    expect(result.success || inputIssueCodes(result.error)).toEqual({ "(root)": "invalid_type" });
  });
});
