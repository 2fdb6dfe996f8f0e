import type { TargetField } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { readRow } from "./read-row.ts";

const plan: TargetField[] = ["name", "inn", "ogrn", "phone", "email", "website", "tags"];
const codesOf = (issues: { field: string; message: { key: string; params?: Record<string, unknown> } }[]) =>
  issues.map((i) => [
    i.field,
    (i.message.params?.message as { key: string } | undefined)?.key ?? i.message.key,
  ]);

describe("readRow", () => {
  it.each<[string, string[], [string, string][]]>([
    [
      "a placeholder phone",
      ["ООО А", "", "", "не указан", "", "", ""],
      [["phone", "core.imports.placeholder"]],
    ],
    ["a bad email", ["ООО А", "", "", "", "ivan@", "", ""], [["email", "core.clients.emailInvalid"]]],
    [
      "a bad website",
      ["ООО А", "", "", "", "", "romashka", ""],
      [["website", "core.clients.websiteInvalid"]],
    ],
    ["a bad OGRN", ["ООО А", "", "1027700132194", "", "", "", ""], [["ogrn", "core.clients.ogrnChecksum"]]],
    [
      "an OGRNIP beside an organisation's INN (a cross-field check)",
      ["ООО А", "7707083893", "304500116000157", "", "", "", ""],
      [["ogrn", "core.clients.ogrnKind"]],
    ],
    ["nothing wrong", ["ООО А", "7707083893", "", "+7 916 000-00-01", "a@b.ru", "", ""], []],
  ])("keeps a row with %s, warning of what it dropped", (_, record, warnings) => {
    const reading = readRow(record, plan);
    expect(reading.ok).toBe(true);
    if (reading.ok) expect(codesOf(reading.warnings)).toEqual(warnings);
  });

  it.each<[string, string[], [string, string][]]>([
    ["no name", ["", "", "", "+7 916 000-00-01", "", "", ""], [["name", "core.clients.nameRequired"]]],
    ["a placeholder for a name", ["нет", "", "", "", "", "", ""], [["name", "core.clients.nameRequired"]]],
    [
      "a bad INN checksum",
      ["ООО А", "7707083894", "", "нет", "", "", ""],
      [["inn", "core.clients.innChecksum"]],
    ],
    ["an INN of zeros", ["ООО А", "0000000000", "", "", "", "", ""], [["inn", "core.clients.innZeros"]]],
  ])("refuses a row with %s, and only for it", (_, record, issues) => {
    const reading = readRow(record, plan);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(codesOf(reading.issues)).toEqual(issues);
  });
});

describe("readRow composing a contact's name", () => {
  const parts: TargetField[] = ["contactFirstName", "contactLastName", "contactMiddleName", "name"];
  it.each<[string, string[], string | null, string]>([
    ["all three parts", ["Иван", "Петров", "Сергеевич", "ООО А"], "Петров Иван Сергеевич", "ООО А"],
    ["a first name and a surname", ["Иван", "Петров", "", "ООО А"], "Петров Иван", "ООО А"],
    ["no company: a person", ["Иван", "Петров", "Сергеевич", ""], null, "Петров Иван Сергеевич"],
  ])("from %s", (_, record, contactName, clientName) => {
    const reading = readRow(record, parts);
    expect(reading.ok && [reading.row.contact?.name ?? null, reading.row.client.name]).toEqual([
      contactName,
      clientName,
    ]);
  });

  it("keeps a whole-name column over the parts", () => {
    const reading = readRow(["Петров И. С.", "Иван", "ООО А"], ["contactName", "contactFirstName", "name"]);
    expect(reading.ok && reading.row.contact?.name).toBe("Петров И. С.");
  });
});
