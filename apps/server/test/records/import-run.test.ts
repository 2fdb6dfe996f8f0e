import { auditLog, clientKeys, clients, clientTags, contacts } from "@quartet/db/org";
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { badInn, phoneFor, validInn } from "../fixtures/import-files.ts";
import { importClients, uploadClients } from "../support/import-file.ts";
import { createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const headers = "Название;ИНН;Телефон;E-mail;Сайт;Теги;Контактное лицо;Должность;Ответственный";

describe("dry run and import of clients", () => {
  let t: TestHost;
  let orgId: string;
  beforeEach(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "ООО Ромашка" })).id;
  });
  afterEach(() => t.close());

  const upload = (lines: string[]) => uploadClients(t, orgId, headers, lines);
  const importAll = (lines: string[], onDuplicate: "skip" | "create" = "skip") =>
    importClients(t, orgId, headers, lines, onDuplicate);

  it("counts new, duplicate and invalid rows, naming the row and field of each problem", async () => {
    await importAll([`ООО Старый клиент;${validInn(1)};${phoneFor(1)};;;;;;`]);
    const caller = await t.caller(userActor("owner"), orgId);
    const { importId, mapping } = await upload([
      `ООО Новый;${validInn(2)};${phoneFor(2)};new@new.ru;new.ru;опт;;;`,
      `ООО Битый ИНН;${badInn(3)};${phoneFor(3)};;;;;;`,
      `ООО Тот же телефон;;8 916 000-00-01;;;;;;`,
      `;;;;;;;;`,
      `ООО Повтор в файле;;;NEW@new.ru;;;;;`,
      `ООО Без ошибок;${validInn(4)};;;;;;;`,
    ]);
    const report = await caller.core.imports.dryRun({ importId, mapping });
    expect(report).toMatchObject({ total: 5, new: 2, duplicate: 2, invalid: 1 });
    expect(report.errors).toEqual([
      {
        row: 3,
        field: "inn",
        kind: "refused",
        kindText: "Refused",
        code: "core.clients.innChecksum",
        message: "INN checksum does not match",
        value: badInn(3),
      },
      {
        row: 4,
        field: "phone",
        kind: "duplicate",
        kindText: "Duplicate",
        code: "core.imports.matchesClient",
        message: "Already in the database: the phone matches the client «ООО Старый клиент»",
        value: "+79160000001",
      },
      {
        row: 6,
        field: "email",
        kind: "duplicate",
        kindText: "Duplicate",
        code: "core.imports.repeatsEarlier",
        message: "Repeats an earlier row of the file: the same email",
        value: "new@new.ru",
      },
    ]);
    expect(await caller.core.imports.progress({ importId })).toMatchObject({
      phase: "dry-run",
      state: "done",
      percent: 100,
    });
    const handle = await t.host.orgs.get(orgId);
    expect(await handle.db.select().from(clients)).toHaveLength(1);
  });

  it("creates the clients with their keys, tags, contact and owner, and reports the rest", async () => {
    const anna = await createUser(t, "Анна Петрова", "anna@example.com");
    orgId = (await orgOwnedBy(t, anna)).id;
    const { caller, importId, job } = await importAll([
      `ООО «Ромашка»;${validInn(10)};${phoneFor(10)}, +7 495 111-22-33;Info@Romashka.ru;https://www.romashka.ru;Опт, VIP;Иван Петров;Директор;анна  петрова`,
      `ООО Битый ИНН;${badInn(11)};${phoneFor(11)};;;;;;`,
      `ООО «Ромашка» дубль;;;info@romashka.ru;;;;;`,
    ]);
    expect(job).toMatchObject({
      status: "done",
      nextRow: 3,
      totalRows: 3,
      createdCount: 1,
      duplicateCount: 1,
      invalidCount: 1,
    });
    expect(job.progress).toMatchObject({ state: "done", percent: 100 });
    const handle = await t.host.orgs.get(orgId);
    const [client] = await handle.db.select().from(clients);
    expect(client).toMatchObject({
      name: "ООО «Ромашка»",
      nameNormalized: "ромашка",
      inn: validInn(10),
      phones: ["+79160000010", "+74951112233"],
      emails: ["info@romashka.ru"],
      website: "romashka.ru",
      tags: ["Опт", "VIP"],
      stage: "prospect",
      tier: "standard",
      prospectingOwnerId: anna.id,
    });
    const keys = await handle.db
      .select()
      .from(clientKeys)
      .where(eq(clientKeys.clientId, client?.id ?? ""));
    expect(keys.map((k) => `${k.kind}:${k.value}`).sort()).toEqual(
      [
        "domain:romashka.ru",
        "email:info@romashka.ru",
        `inn:${validInn(10)}`,
        "phone:+74951112233",
        "phone:+79160000010",
      ].sort(),
    );
    expect((await handle.db.select().from(clientTags)).map((r) => r.tag).sort()).toEqual(["vip", "опт"]);
    expect(await handle.db.select().from(contacts)).toMatchObject([
      { name: "Иван Петров", position: "Директор", isPrimary: true },
    ]);
    const errors = await caller.core.imports.errors({ importId, limit: 1 });
    expect(errors.items).toMatchObject([{ row: 3, field: "inn" }]);
    const rest = await caller.core.imports.errors({ importId, afterRow: errors.nextAfterRow ?? 0 });
    expect(rest).toMatchObject({
      items: [{ row: 4, field: "email", value: "info@romashka.ru" }],
      nextAfterRow: null,
    });

    const csv = await t.app().request(`/api/v1/imports/${importId}/errors.csv`, {
      headers: { "x-test-user": "owner", "x-test-org": orgId },
    });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const rows = parse((await csv.text()).replace(/^\uFEFF/, ""), { delimiter: ";" });
    expect(rows[0]).toEqual(["Строка", "Вид", "Столбец", "Поле", "Ошибка", "Значение", "Код"]);
    expect(rows[1]).toEqual([
      "3",
      "Не загружена",
      "ИНН",
      "inn",
      "Контрольная сумма ИНН не сходится",
      badInn(11),
      "core.clients.innChecksum",
    ]);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entityId, importId));
    expect(audit.map((a) => a.action).sort()).toEqual(["core.import.finish", "core.import.start"]);
  });

  it("creates duplicates too when asked, flagging them in the report", async () => {
    const { job } = await importAll(
      [`ООО Один;;${phoneFor(5)};;;;;;`, `ООО Два;;${phoneFor(5)};;;;;;`],
      "create",
    );
    expect(job).toMatchObject({ createdCount: 2, duplicateCount: 1, invalidCount: 0 });
    expect(await (await t.host.orgs.get(orgId)).db.select().from(clients)).toHaveLength(2);
  });

  it("refuses every import procedure without core.clients.import", async () => {
    const { importId, mapping } = await upload([`ООО Один;;;;;;;;`]);
    const member = await t.caller(userActor("usr_m", ["core.clients.read", "core.clients.write"]), orgId);
    const forbidden = { code: "FORBIDDEN" };
    await expect(member.core.imports.dryRun({ importId, mapping })).rejects.toMatchObject(forbidden);
    await expect(member.core.imports.start({ importId, mapping })).rejects.toMatchObject(forbidden);
    await expect(member.core.imports.resume({ importId })).rejects.toMatchObject(forbidden);
    await expect(member.core.imports.cancel({ importId })).rejects.toMatchObject(forbidden);
    await expect(member.core.imports.get({ importId })).rejects.toMatchObject(forbidden);
    await expect(member.core.imports.errors({ importId })).rejects.toMatchObject(forbidden);
  });

  it("refuses a mapping that names no client name or an unknown column", async () => {
    const caller = await t.caller(userActor("owner"), orgId);
    const { importId } = await upload([`ООО Один;;;;;;;;`]);
    await expect(caller.core.imports.start({ importId, mapping: { ИНН: "inn" } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.core.imports.dryRun({ importId, mapping: { Нет: "name" } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
