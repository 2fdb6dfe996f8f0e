import { describe, expect, it } from "vitest";
import { count, failed, joined, listed, passed, skipped } from "./findings.ts";
import { conformanceMessages as m } from "./messages.ts";
import { wordFinding } from "./word.ts";

describe("a finding in words", () => {
  it.each([
    [passed("purge", m.purgeOk, { count: 42 }), "en", "purge", "the organisation is back to its 42 tables"],
    [
      passed("purge", m.purgeOk, { count: 42 }),
      "ru",
      "очистка",
      "в организации снова 42 таблицы, как до включения",
    ],
    [
      passed("keeps-data", m.keptAll, { rows: count(5, m.rows), tables: count(1, m.inTables) }),
      "ru",
      "данные сохраняются",
      "5 строк в 1 таблице и настройки сохранились",
    ],
    [
      failed("table-prefix", m.prefixBroken, { tables: listed(["a", "b"]), count: 2, prefix: "x_" }),
      "en",
      "table-prefix",
      'a, b in db.schema do not start with "x_"',
    ],
    [
      failed("permissions", m.permissionsBroken, {
        problems: joined(
          [
            { key: m.permissionsUndeclared, params: { paths: listed(["a", "b", "c"], 2) } },
            { key: m.permissionsUngated, params: { paths: "d" } },
          ],
          m.semicolon,
        ),
        id: "x",
      }),
      "ru",
      "права",
      'без права этого плагина или ядра: a, b и ещё 1; не проверяют, включён ли плагин: d (создавайте их через pluginProcedure("x", <право>))',
    ],
    [
      skipped("health", { key: m.enableFailed, params: { error: "boom" } }),
      "en",
      "health",
      "not checked: enabling it failed: boom",
    ],
  ] as const)("words %# in %s", (finding, locale, title, text) => {
    expect(wordFinding(finding, locale)).toEqual({ title, text });
  });
});
