import { describe, expect, it } from "vitest";
import { catalogData } from "../messages/registry.ts";
import { catalogProblems } from "../messages/validate.ts";
import { documentMoneyMessages } from "./vat-messages.ts";
import { isVatRateId, vatRatesOn } from "./vat-rates.ts";

describe("vatRatesOn", () => {
  it.each<[string, string[]]>([
    ["2024-06-01", ["vat20", "vat10", "vat0", "none"]],
    ["2025-01-01", ["vat20", "vat10", "vat7", "vat5", "vat0", "none"]],
    ["2025-12-31", ["vat20", "vat10", "vat7", "vat5", "vat0", "none"]],
    ["2026-01-01", ["vat22", "vat10", "vat7", "vat5", "vat0", "none"]],
    ["2026-12-07", ["vat22", "vat10", "vat7", "vat5", "vat0", "none"]],
  ])("on %s offers %j", (date, ids) => {
    expect(vatRatesOn(date).map((rate) => rate.id)).toEqual(ids);
  });
});

describe("isVatRateId", () => {
  it.each<[unknown, boolean]>([
    ["vat22", true],
    ["vat20", true],
    ["none", true],
    ["vat18", false],
    ["20", false],
    [20, false],
    [undefined, false],
  ])("%j → %s", (value, expected) => {
    expect(isVatRateId(value)).toBe(expected);
  });
});

describe("documentMoneyMessages", () => {
  it("is sound: both languages, the same placeholders, core's namespace", () => {
    const data = catalogData(documentMoneyMessages);
    expect(data && catalogProblems(data)).toEqual([]);
    expect(data?.namespace).toBe("core.document-money");
  });
});
