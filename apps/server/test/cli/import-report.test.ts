import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { badInn, phoneFor, validInn } from "../fixtures/import-files.ts";
import { quartetCli, tempDir } from "../support/quartet-cli.ts";
import { createTestHost, userActor } from "../support/test-host.ts";

// The error report `quartet import` writes is for the organisation, not for the operator at the
// terminal: it is worded in the organisation's language whatever the operator's own.
describe("quartet import writes its error report in the organisation's language", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDir("import-report");
    const t = await createTestHost({ dataDir });
    await t.host.createOrganisation({ name: "ООО Ромашка", slug: "romashka" });
    const english = await t.host.createOrganisation({ name: "Acme", slug: "acme" });
    await (await t.caller(userActor("owner"), english.id)).core.org.update({ locale: "en" });
    await t.host.close();
    const rows = [
      "Название;ИНН;Телефон",
      `ООО Первый;${validInn(1)};не указан`,
      `ООО Битый;${badInn(2)};${phoneFor(2)}`,
    ];
    writeFileSync(join(dataDir, "clients.csv"), `${rows.join("\r\n")}\r\n`);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const report = (org: string, language: string) => {
    const run = quartetCli(dataDir, ["import", "clients", "clients.csv", "--org", org], { LANG: language });
    expect(run.err).toBe("");
    expect(run.out).toContain("1 created, 0 duplicate, 1 invalid, 1 with warnings");
    return readFileSync(join(dataDir, "clients-errors.csv"), "utf8");
  };

  it.each([
    ["romashka", "en_US.UTF-8", ["Строка;Вид;Столбец", "Не загружена", "Предупреждение"]],
    ["acme", "ru_RU.UTF-8", ["Row;Kind;Column", "Refused", "Warning"]],
  ])("%s's report, the operator reading %s", { timeout: 180_000 }, (org, language, words) => {
    const text = report(org, language);
    for (const word of words) expect(text).toContain(word);
  });
});
