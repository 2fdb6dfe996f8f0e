import { describe, expect, it } from "vitest";
import {
  controlKeyMatches,
  validateBik,
  validateCorrespondentAccount,
  validateSettlementAccount,
} from "./bank-codes.ts";

describe("validateBik", () => {
  it.each([
    ["044525225", { ok: true, value: "044525225" }], // Sberbank, Moscow
    ["04 452 5974", { ok: true, value: "044525974" }],
    ["04452522", { ok: false, reason: "format" }],
    ["0445252250", { ok: false, reason: "format" }],
    ["144525225", { ok: false, reason: "format" }],
    ["04452522O", { ok: false, reason: "format" }],
    ["", { ok: false, reason: "format" }],
  ])("%j → %j", (input, expected) => {
    expect(validateBik(input)).toEqual(expected);
  });
});

describe("validateSettlementAccount", () => {
  it.each([
    ["40702810400000000005", "044525225", { ok: true, value: "40702810400000000005" }],
    ["40702810938000000001", "044525225", { ok: true, value: "40702810938000000001" }],
    ["4080 2810 7000 0000 0002", "044525974", { ok: true, value: "40802810700000000002" }],
    ["40702810000000000001", "044525000", { ok: true, value: "40702810000000000001" }], // a cash centre: "0" + 52
    ["40702810400000000006", "044525225", { ok: false, reason: "checksum" }], // last digit off
    ["40702810500000000005", "044525225", { ok: false, reason: "checksum" }], // key digit off
    ["40702810400000000005", "044525974", { ok: false, reason: "checksum" }], // right account, other bank
    ["4070281040000000000", "044525225", { ok: false, reason: "format" }], // 19 digits
    ["407028104000000000051", "044525225", { ok: false, reason: "format" }],
    ["40702810400000000005", "0445252", { ok: false, reason: "format" }], // bad BIK
  ])("%j at %s → %j", (account, bik, expected) => {
    expect(validateSettlementAccount(account, bik)).toEqual(expected);
  });
});

describe("validateCorrespondentAccount", () => {
  it.each([
    ["30101810400000000225", "044525225", { ok: true, value: "30101810400000000225" }], // Sberbank
    ["30101810145250000974", "044525974", { ok: true, value: "30101810145250000974" }], // T-Bank
    ["30101810400000000226", "044525225", { ok: false, reason: "checksum" }],
    ["30101810500000000653", "044030653", { ok: true, value: "30101810500000000653" }], // Sberbank, St Petersburg
    ["30101810400000000225", "044030653", { ok: false, reason: "checksum" }], // Moscow's at St Petersburg's BIK
    ["40702810400000000005", "044525225", { ok: false, reason: "format" }], // not a 30101 account
    ["3010181040000000022", "044525225", { ok: false, reason: "format" }],
  ])("%j at %s → %j", (account, bik, expected) => {
    expect(validateCorrespondentAccount(account, bik)).toEqual(expected);
  });
});

describe("controlKeyMatches", () => {
  it.each([
    ["22540702810400000000005", true],
    ["22540702810400000000006", false],
    ["00000000000000000000000", true],
  ])("%s → %s", (digits, expected) => {
    expect(controlKeyMatches(digits)).toBe(expected);
  });
});
