import { clients, contacts, importErrors } from "@quartet/db/org";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { badInn, phoneFor, validInn } from "../fixtures/import-files.ts";
import { importClients, uploadClients } from "../support/import-file.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const header = "Название;ИНН;КПП;Телефон;E-mail;Контактное лицо;Телефон контакта";

describe("import: a placeholder or a bad optional value is a warning, not a refusal", () => {
  let t: TestHost;
  let orgId: string;
  beforeEach(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "ООО Ромашка" })).id;
  });
  afterEach(() => t.close());

  const lines = [
    `ООО Заглушки;${validInn(1)};;не указан;нет;Иван Петров;-`,
    `ООО Плохой телефон;;;12, ${phoneFor(2)};n/a;;`,
    `ООО Плохая почта;;77360100;—;ivan@;;`,
    `ООО Битый ИНН;${badInn(4)};;${phoneFor(4)};;;`,
    `не указан;;;${phoneFor(5)};;;`,
    `ООО Нули;0000000000;;;;;`,
  ];

  it("the dry run and the import create the rows without the dropped values, with the same words", async () => {
    const caller = await t.caller(userActor("owner"), orgId);
    const { importId, mapping } = await uploadClients(t, orgId, header, lines);
    const dry = await caller.core.imports.dryRun({ importId, mapping });
    expect(dry).toMatchObject({ total: 6, new: 3, duplicate: 0, invalid: 3, warned: 3 });
    const seen = dry.errors.map((e) => [e.row, e.field, e.kind, e.code, e.value]);
    expect(seen).toEqual([
      [2, "phone", "warning", "core.imports.placeholder", "не указан"],
      [2, "email", "warning", "core.imports.placeholder", "нет"],
      [2, "contactPhone", "warning", "core.imports.placeholder", "-"],
      [3, "email", "warning", "core.imports.placeholder", "n/a"],
      [3, "phone", "warning", "core.clients.phoneInvalid", "12"],
      [4, "phone", "warning", "core.imports.placeholder", "—"],
      [4, "kpp", "warning", "core.clients.kppLength", "77360100"],
      [4, "email", "warning", "core.clients.emailInvalid", "ivan@"],
      [5, "inn", "refused", "core.clients.innChecksum", badInn(4)],
      [6, "name", "refused", "core.clients.nameRequired", null],
      [7, "inn", "refused", "core.clients.innZeros", "0000000000"],
    ]);
    expect(dry.errors.find((e) => e.field === "kpp")?.message).toBe(
      "Not imported, the client is created without it: KPP must have 9 characters",
    );

    await caller.core.imports.start({ importId, mapping });
    await t.host.imports.wait(importId);
    // The real run counts its rows with warnings as the dry run did, and keeps the count.
    expect(await caller.core.imports.get({ importId })).toMatchObject({
      createdCount: 3,
      invalidCount: 3,
      warnedCount: 3,
    });
    expect((await caller.core.imports.progress({ importId }))?.counts).toEqual({
      created: 3,
      duplicate: 0,
      invalid: 3,
      warned: 3,
    });
    const stored = await caller.core.imports.errors({ importId });
    const byRowField = (e: { row: number; field: string }) => `${e.row}:${e.field}`;
    expect(stored.items.map((e) => [byRowField(e), e.kind, e.code, e.message]).sort()).toEqual(
      dry.errors.map((e) => [byRowField(e), e.kind, e.code, e.message]).sort(),
    );
    const handle = await t.host.orgs.get(orgId);
    // Each problem's kind is stored as it was decided, not guessed again from its words.
    const kinds = await handle.db
      .select({ row: importErrors.row, kind: importErrors.kind })
      .from(importErrors);
    expect(kinds.map((e) => `${e.row}:${e.kind}`).sort()).toEqual(
      dry.errors.map((e) => `${e.row}:${e.kind}`).sort(),
    );
    const rows = await handle.db.select().from(clients);
    expect(rows.map((c) => [c.name, c.phones, c.emails, c.kpp]).sort()).toEqual([
      ["ООО Заглушки", [], [], null],
      ["ООО Плохая почта", [], [], null],
      ["ООО Плохой телефон", ["+79160000002"], [], null],
    ]);
    expect(await handle.db.select().from(contacts)).toMatchObject([{ name: "Иван Петров", phones: [] }]);
  });

  it("words the report in Russian: kind, the dropped value's reason", async () => {
    const { importId } = await importClients(t, orgId, header, lines.slice(0, 1));
    const caller = await t.caller(userActor("owner"), orgId);
    const russian = await t.app().request(`/api/v1/imports/${importId}/errors.csv?locale=ru`, {
      headers: { "x-test-user": "owner", "x-test-org": orgId },
    });
    const text = await russian.text();
    expect(text).toContain(
      "Предупреждение;Телефон;phone;Не загружено, клиент создан без этого значения: это заглушка",
    );
    expect((await caller.core.imports.errors({ importId })).items).toHaveLength(3);
    const handle = await t.host.orgs.get(orgId);
    expect(await handle.db.select().from(importErrors)).toHaveLength(3);
  });
});
