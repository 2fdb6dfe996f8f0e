import { describe, expect, it } from "vitest";
import { validateInn, validateKpp, validateOgrn } from "./tax-ids.ts";

describe("validateInn", () => {
  it.each([
    ["7707083893", "7707083893", "legal"], // Sberbank
    ["7736207543", "7736207543", "legal"], // Yandex
    ["7830002293", "7830002293", "legal"],
    ["7707 083 893", "7707083893", "legal"],
    [" 7736207543\u00a0", "7736207543", "legal"],
    ["500100732259", "500100732259", "individual"],
    ["5001 0073 2259", "500100732259", "individual"],
  ])("%j is a valid INN %s (%s)", (input, value, kind) => {
    expect(validateInn(input)).toEqual({ ok: true, value, kind });
  });

  it.each([
    ["7707083894", "checksum"], // last digit off by one
    ["7736207534", "checksum"], // two digits swapped
    ["500100732269", "checksum"], // 11th check digit wrong
    ["500100732258", "checksum"], // 12th check digit wrong
    ["770708389", "length"], // 9 digits
    ["77070838931", "length"], // 11 digits
    ["7707O83893", "characters"], // a letter O for a zero
    ["7707-083-893", "characters"],
    ["ИНН7707083893", "characters"],
    ["0000000000", "zeros"], // passes the checksum: not a length error
    ["000000000000", "zeros"],
    ["0012345679", "region"], // region 00 does not exist
    ["001234567890", "region"],
    ["", "length"],
  ])("%j fails with %s", (input, reason) => {
    expect(validateInn(input)).toEqual({ ok: false, reason });
  });
});

describe("validateKpp", () => {
  it.each([
    ["773601001", "773601001"], // Yandex
    ["773 601 001", "773601001"],
    ["7736AB001", "7736AB001"],
    ["7736ab001", "7736AB001"],
  ])("%j is a valid KPP %s", (input, value) => {
    expect(validateKpp(input)).toEqual({ ok: true, value });
  });

  it.each([
    ["77360100", "length"],
    ["7736010011", "length"],
    ["", "length"],
    ["7736ЖЖ001", "characters"],
    ["7736-01-001", "characters"],
    ["000000000", "zeros"],
    ["A73601001", "format"], // a letter outside the 5th and 6th places
    ["773601A01", "format"],
  ])("%j fails with %s", (input, reason) => {
    expect(validateKpp(input)).toEqual({ ok: false, reason });
  });
});

describe("validateOgrn", () => {
  it.each([
    ["1027700132195", "legal"], // Sberbank
    ["1027700229193", "legal"], // Yandex
    ["304500116000157", "individual"], // an OGRNIP
    ["313774600123455", "individual"],
  ])("%s is valid (%s)", (input, kind) => {
    expect(validateOgrn(input)).toEqual({ ok: true, value: input, kind });
  });

  it("ignores spaces", () => {
    expect(validateOgrn("1 02 77 00 13219 5")).toMatchObject({ ok: true, value: "1027700132195" });
  });

  it.each([
    ["1027700132194", "checksum"],
    ["1027700229139", "checksum"],
    ["304500116000158", "checksum"],
    ["102770013219", "length"], // 12 digits
    ["10277001321950", "length"], // 14 digits
    ["3045001160001570", "length"], // 16 digits
    ["10277OO132195", "characters"],
    ["0000000000000", "zeros"], // passes the check digit
    ["000000000000000", "zeros"],
  ])("%s fails with %s", (input, reason) => {
    expect(validateOgrn(input)).toEqual({ ok: false, reason });
  });
});
