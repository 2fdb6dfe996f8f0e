import { describe, expect, it } from "vitest";
import { clientMessages as m } from "../messages/catalogs/clients.ts";
import { wordMessage } from "../messages/word.ts";
import { checkTaxId, type TaxIdKind } from "./tax-id-messages.ts";

describe("checkTaxId", () => {
  it.each<[TaxIdKind, string, string, string]>([
    ["inn", "770708389", "length", m.innFormat],
    ["inn", "7707O83893", "characters", m.innCharacters],
    ["inn", "0000000000", "zeros", m.innZeros],
    ["inn", "000000000000", "zeros", m.innZeros],
    ["inn", "0012345679", "region", m.innRegion],
    ["inn", "7707083894", "checksum", m.innChecksum],
    ["inn", "500100732258", "checksum", m.innChecksum],
    ["kpp", "77360100", "length", m.kppLength],
    ["kpp", "7736ЖЖ001", "characters", m.kppCharacters],
    ["kpp", "000000000", "zeros", m.kppZeros],
    ["kpp", "A73601001", "format", m.kppFormat],
    ["ogrn", "102770013219", "length", m.ogrnFormat],
    ["ogrn", "10277OO132195", "characters", m.ogrnCharacters],
    ["ogrn", "0000000000000", "zeros", m.ogrnZeros],
    ["ogrn", "1027700132194", "checksum", m.ogrnChecksum],
    ["ogrn", "304500116000158", "checksum", m.ogrnChecksum],
  ])("%s %j is refused for its %s with its own message", (kind, raw, reason, message) => {
    expect(checkTaxId(kind, raw)).toEqual({ ok: false, reason, message });
  });

  it.each<[TaxIdKind, string, string]>([
    ["inn", "7707 083 893", "7707083893"],
    ["kpp", "7736ab001", "7736AB001"],
    ["ogrn", "1027700132195", "1027700132195"],
  ])("%s %j passes as %s", (kind, raw, value) => {
    expect(checkTaxId(kind, raw)).toMatchObject({ ok: true, value });
  });

  it("words ten zeros as zeros in both languages, not as a length", () => {
    const zeros = checkTaxId("inn", "0000000000");
    const message = zeros.ok ? "" : zeros.message;
    expect(wordMessage("ru", message)).toBe("ИНН не может состоять из одних нулей");
    expect(wordMessage("en", message)).toBe("INN cannot be all zeros");
  });
});
