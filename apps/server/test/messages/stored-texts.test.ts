import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnalysedImport } from "../../src/records/import/create-import.ts";
import { badInn, phoneFor, validInn } from "../fixtures/import-files.ts";
import { csvRecords } from "../support/csv.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { trpcAs } from "./http.ts";

const headers = "Название;ИНН;Телефон";

describe("texts the server stores, worded when read", () => {
  let t: TestHost;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "ООО Ромашка" })).id;
  });
  afterAll(() => t.close());

  const as = { "x-test-user": "owner" };
  const ru = { "x-quartet-locale": "ru" };
  const en = { "x-quartet-locale": "en" };

  async function imported() {
    const lines = [
      `ООО Первый;${validInn(1)};${phoneFor(1)}`,
      `ООО Битый;${badInn(2)};`,
      `ООО Второй;;${phoneFor(1)}`,
    ];
    const response = await t.app().request("/api/v1/imports/clients?fileName=clients.csv", {
      method: "POST",
      body: `${[headers, ...lines].join("\r\n")}\r\n`,
      headers: { ...as, "x-test-org": orgId },
    });
    const { data } = (await response.json()) as { data: AnalysedImport };
    const mapping = Object.fromEntries(data.mapping.map((m) => [m.header, m.field]));
    return { importId: data.importId as string, mapping };
  }

  it("import row errors: the dry run, the stored errors and the CSV report in ru and en", async () => {
    const api = trpcAs(t, orgId);
    const { importId, mapping } = await imported();
    const dry = await api.mutate("core.imports.dryRun", { importId, mapping }, ru);
    expect(dry.ok && (dry.data as { errors: unknown[] }).errors).toEqual([
      {
        row: 3,
        field: "inn",
        kind: "refused",
        kindText: "Не загружена",
        code: "core.clients.innChecksum",
        message: "Контрольная сумма ИНН не сходится",
        value: badInn(2),
      },
      {
        row: 4,
        field: "phone",
        kind: "duplicate",
        kindText: "Дубль",
        code: "core.imports.repeatsEarlier",
        message: "Повторяет одну из строк выше: тот же телефон",
        value: "+79160000001",
      },
    ]);
    await api.mutate("core.imports.start", { importId, mapping }, ru);
    await t.host.imports.wait(importId);

    const messages = async (language: Record<string, string>) => {
      const page = await api.query("core.imports.errors", { importId }, language);
      return page.ok
        ? (page.data as { items: { message: string }[] }).items.map((item) => item.message)
        : page;
    };
    expect(await messages(ru)).toEqual([
      "Контрольная сумма ИНН не сходится",
      expect.stringMatching(/^Уже есть в базе|^Повторяет строку 2 файла: тот же телефон$/),
    ]);
    expect(await messages(en)).toEqual([
      "INN checksum does not match",
      expect.stringMatching(/^Already in the database|^Repeats row 2 of the file: the same phone$/),
    ]);

    const report = (query: string, language: Record<string, string> = {}) =>
      t.app().request(`/api/v1/imports/${importId}/errors.csv${query}`, {
        headers: { ...as, "x-test-org": orgId, ...language },
      });
    const [inEnglish] = await csvRecords(await report("?locale=en"));
    expect(inEnglish).toMatchObject({ Problem: "INN checksum does not match" });
    // Unasked, the report is in the organisation's language, whatever the browser reads.
    const [forTheOrganisation] = await csvRecords(await report("", { "accept-language": "en-US" }));
    expect(forTheOrganisation).toMatchObject({
      Вид: "Не загружена",
      Ошибка: "Контрольная сумма ИНН не сходится",
    });
    expect((await api.mutate("core.org.update", { locale: "en" }, ru)).ok).toBe(true);
    const [afterSwitch] = await csvRecords(await report("", { "accept-language": "ru-RU" }));
    expect(afterSwitch).toMatchObject({ Kind: "Refused", Problem: "INN checksum does not match" });
    expect((await api.mutate("core.org.update", { locale: "ru" }, ru)).ok).toBe(true);
  });

  it("a timeline entry the server wrote reads in the viewer's language; a person's note stays as written", async () => {
    const api = trpcAs(t, orgId);
    const created = await api.mutate("core.clients.create", { name: "ООО Ландыш" }, ru);
    const clientId = created.ok ? (created.data as { id: string }).id : "";
    const order = { clientId, lines: [{ name: "Сыр", quantity: 2, price: { amountMinor: 150_000 } }] };
    expect((await api.mutate("core.orders.record", order, ru)).ok).toBe(true);
    expect(
      (
        await api.mutate(
          "core.timeline.log",
          { clientId, type: "note", function: null, body: "Позвонить в пятницу" },
          ru,
        )
      ).ok,
    ).toBe(true);

    const bodies = async (language: Record<string, string>) => {
      const page = await api.query("core.timeline.list", { clientId }, language);
      return page.ok
        ? (page.data as { items: { body: string }[] }).items.map((item) => item.body.replace(/\s/g, " "))
        : page;
    };
    expect(await bodies(ru)).toEqual([
      "Позвонить в пятницу",
      expect.stringMatching(/^Заказ \S+ на 3 000,00 ₽$/),
    ]);
    expect(await bodies(en)).toEqual([
      "Позвонить в пятницу",
      expect.stringMatching(/^Order \S+ for RUB 3,000\.00$/),
    ]);
  });
});
