import { clientMessages, type MessageRef, importMessages as m } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { rowErrorKind, wordRowError } from "./row-error-words.ts";

describe("wordRowError", () => {
  const placeholder: MessageRef = { key: m.valueDropped, params: { message: { key: m.placeholder } } };
  const existing: MessageRef = {
    key: m.matchesClient,
    params: { client: "cli_1", name: "ООО Ромашка", kind: { key: m.kindPhone } },
  };
  it.each<[string, MessageRef, string, string, string]>([
    ["a refusal", { key: clientMessages.innChecksum }, "refused", "Не загружена", clientMessages.innChecksum],
    ["a dropped placeholder", placeholder, "warning", "Предупреждение", m.placeholder],
    ["a registry miss", { key: m.registryNotFound }, "warning", "Предупреждение", m.registryNotFound],
    ["a duplicate", existing, "duplicate", "Дубль", m.matchesClient],
    [
      "a duplicate created anyway",
      { key: m.createdAnyway, params: { message: existing } },
      "duplicate",
      "Дубль",
      m.matchesClient,
    ],
  ])("%s is a %s coded by its reason", (_, ref, kind, kindText, code) => {
    expect(rowErrorKind(ref)).toBe(kind);
    expect(wordRowError("ru", ref)).toMatchObject({ kind, kindText, code });
  });

  it("words the kind a row problem was stored with", () => {
    expect(wordRowError("en", placeholder, "refused")).toMatchObject({
      kind: "refused",
      kindText: "Refused",
    });
  });

  it("names the existing client, never its id", () => {
    const { message } = wordRowError("ru", existing);
    expect(message).toBe("Уже есть в базе: телефон совпадает с клиентом «ООО Ромашка»");
    expect(wordRowError("en", existing).message).not.toContain("cli_1");
  });
});
