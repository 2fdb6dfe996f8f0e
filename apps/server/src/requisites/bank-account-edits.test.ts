import { describe, expect, it } from "vitest";
import { applyBankAccountEdit, type BankAccountEdit } from "./bank-account-edits.ts";
import type { BankAccountView } from "./bank-accounts.ts";

const a: BankAccountView = {
  id: "a",
  bik: "044525225",
  bankName: null,
  account: "40702810400000000005",
  correspondentAccount: null,
  isDefault: true,
};
const b: BankAccountView = { ...a, id: "b", account: "40702810938000000001", isDefault: false };
const c = { bik: "044525974", bankName: null, account: "40802810700000000002", correspondentAccount: null };

const marks = (list: { id?: string; isDefault: boolean }[]) =>
  list.map((x) => `${x.id ?? "new"}${x.isDefault ? "*" : ""}`);

describe("applyBankAccountEdit", () => {
  it.each<[string, BankAccountView[], BankAccountEdit, string[]]>([
    [
      "add a first account: it is the default",
      [],
      { kind: "add", account: { ...c, isDefault: false } },
      ["new*"],
    ],
    ["add a plain account", [a], { kind: "add", account: { ...c, isDefault: false } }, ["a*", "new"]],
    [
      "add a default: it takes the mark",
      [a, b],
      { kind: "add", account: { ...c, isDefault: true } },
      ["a", "b", "new*"],
    ],
    [
      "mark another as default",
      [a, b],
      { kind: "update", id: "b", account: { ...b, isDefault: true } },
      ["a", "b*"],
    ],
    [
      "unmark the default: the first keeps it",
      [a, b],
      { kind: "update", id: "a", account: { ...a, isDefault: false } },
      ["a*", "b"],
    ],
    ["remove the default: the next one gets it", [a, b], { kind: "remove", id: "a" }, ["b*"]],
    ["remove the last one", [a], { kind: "remove", id: "a" }, []],
  ])("%s", (_, current, edit, expected) => {
    expect(marks(applyBankAccountEdit(current, edit))).toEqual(expected);
  });

  it.each<[string, BankAccountEdit, string, string]>([
    ["an unknown id", { kind: "remove", id: "zzz" }, "NOT_FOUND", "id"],
    [
      "an account already listed",
      { kind: "add", account: { ...b, isDefault: false } },
      "BAD_INPUT",
      "account",
    ],
    [
      "a change into another listed account",
      { kind: "update", id: "a", account: { ...b, isDefault: true } },
      "BAD_INPUT",
      "account",
    ],
  ])("refuses %s", (_, edit, code, field) => {
    expect(() => applyBankAccountEdit([a, b], edit)).toThrow(
      expect.objectContaining({ code, fields: expect.objectContaining({ [field]: expect.any(String) }) }),
    );
  });
});
