import { describe, expect, it } from "vitest";
import { findBankInput, findPartyInput, registryTokenInput } from "./lookup-input.ts";

const issue = (result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) =>
  result.success
    ? null
    : { path: result.error?.issues[0]?.path.join("."), message: result.error?.issues[0]?.message };

describe("findPartyInput", () => {
  it.each([
    { input: { inn: "7707 083 893" }, expected: { inn: "7707083893", kpp: undefined } },
    { input: { inn: "500100732259", kpp: "" }, expected: { inn: "500100732259", kpp: undefined } },
    { input: { inn: "7707083893", kpp: "773601001" }, expected: { inn: "7707083893", kpp: "773601001" } },
  ])("accepts $input.inn", ({ input, expected }) => {
    expect(findPartyInput.parse(input)).toEqual(expected);
  });

  it.each([
    { input: { inn: "123" }, path: "inn", message: "core.clients.innFormat" },
    { input: { inn: "7707083894" }, path: "inn", message: "core.clients.innChecksum" },
    { input: { inn: "7707083893", kpp: "77" }, path: "kpp", message: "core.clients.kppLength" },
  ])("refuses $input with $message", ({ input, path, message }) => {
    expect(issue(findPartyInput.safeParse(input))).toEqual({ path, message });
  });
});

describe("findBankInput", () => {
  it("accepts a BIK and refuses a wrong one naming `bik`", () => {
    expect(findBankInput.parse({ bik: "044525225" })).toEqual({ bik: "044525225" });
    expect(issue(findBankInput.safeParse({ bik: "12345" }))).toEqual({
      path: "bik",
      message: "core.requisites.bikFormat",
    });
  });
});

describe("registryTokenInput", () => {
  it.each([
    { token: " abc123 ", ok: true },
    { token: "", ok: true },
    { token: "ключ", ok: false },
    { token: "a".repeat(101), ok: false },
  ])("$token → $ok", ({ token, ok }) => {
    expect(registryTokenInput.safeParse({ token }).success).toBe(ok);
  });
});
