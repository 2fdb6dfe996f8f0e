import { describe, expect, it } from "vitest";
import { fieldValuesOf, splitFieldValues } from "./field-writes.ts";

describe("fieldValuesOf", () => {
  it.each([
    ["a custom field by its key", [{ field: "customFields.budget", value: 5 }], { budget: 5 }],
    ["a core field under core.", [{ field: "industry", value: "IT" }], { "core.industry": "IT" }],
    ["nothing for a skipped answer", [{ field: "region", value: null }], {}],
    ["nothing for an unknown target", [{ field: "name", value: "x" }], {}],
    [
      "both, the later answer winning",
      [
        { field: "inn", value: "6658000000" },
        { field: "customFields.inn", value: "x" },
        { field: "inn", value: "6658000001" },
      ],
      { "core.inn": "6658000001", inn: "x" },
    ],
  ])("%s", (_, writes, expected) => {
    expect(fieldValuesOf(writes)).toEqual(expected);
  });
});

describe("splitFieldValues", () => {
  it.each([
    ["custom only", { budget: 5 }, { custom: { budget: 5 }, core: {} }],
    ["core as text", { "core.inn": 6658000001 }, { custom: {}, core: { inn: "6658000001" } }],
    [
      "both",
      { budget: true, "core.city": "Екатеринбург" },
      { custom: { budget: true }, core: { city: "Екатеринбург" } },
    ],
    ["an unknown core name dropped", { "core.name": "x" }, { custom: {}, core: {} }],
  ])("%s", (_, values, expected) => {
    expect(splitFieldValues(values)).toEqual(expected);
  });
});
