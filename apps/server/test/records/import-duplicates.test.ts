import { clientKeys, clients, contacts } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { phoneFor, validInn } from "../fixtures/import-files.ts";
import { importClients, uploadClients } from "../support/import-file.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const header = "Название;ИНН;Телефон;Город;Адрес;Фамилия;Имя;Отчество;Должность";

describe("import: a row matching an existing client can fill its blanks or add its contact", () => {
  let t: TestHost;
  let orgId: string;
  beforeEach(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "ООО Ромашка" })).id;
    await importClients(t, orgId, header, [`ООО Старый клиент;${validInn(1)};;;Тверская, 1;;;;`]);
  });
  afterEach(() => t.close());

  const row = `ООО Старый (из amoCRM);${validInn(1)};${phoneFor(7)};Москва;Ленина, 2;Петров;Иван;Сергеевич;Закупщик`;
  const existing = async () => {
    const handle = await t.host.orgs.get(orgId);
    const [client] = await handle.db.select().from(clients);
    const people = await handle.db
      .select()
      .from(contacts)
      .where(eq(contacts.clientId, client?.id ?? ""));
    const keys = await handle.db
      .select()
      .from(clientKeys)
      .where(eq(clientKeys.clientId, client?.id ?? ""));
    return {
      client,
      people,
      keys: keys.map((k) => `${k.kind}:${k.value}`).sort(),
      count: (await handle.db.select().from(clients)).length,
    };
  };

  it("update fills only the blanks, indexes what it filled, and says so the same in the dry run", async () => {
    const caller = await t.caller(userActor("owner"), orgId);
    const { importId, mapping } = await uploadClients(t, orgId, header, [row]);
    const dry = await caller.core.imports.dryRun({ importId, mapping, onDuplicate: "update" });
    expect(dry).toMatchObject({ new: 0, duplicate: 1 });
    await caller.core.imports.start({ importId, mapping, onDuplicate: "update" });
    await t.host.imports.wait(importId);
    const { items } = await caller.core.imports.errors({ importId });
    expect(items.map((e) => [e.kind, e.message])).toEqual(dry.errors.map((e) => [e.kind, e.message]));
    expect(items[0]?.message).toBe(
      "Already in the database: the INN matches the client «ООО Старый клиент»: its empty fields are filled from the row",
    );
    const after = await existing();
    expect(after.count).toBe(1);
    expect(after.client).toMatchObject({
      name: "ООО Старый клиент",
      address: "Тверская, 1",
      city: "Москва",
      phones: ["+79160000007"],
    });
    expect(after.keys).toEqual([`inn:${validInn(1)}`, "phone:+79160000007"]);
    expect(after.people).toEqual([]);
  });

  it("attach adds the row's contact, its name composed of its parts, and changes nothing else", async () => {
    const { job } = await importClients(t, orgId, header, [row], "attach");
    expect(job).toMatchObject({ createdCount: 0, duplicateCount: 1 });
    const after = await existing();
    expect(after.client).toMatchObject({ city: null, phones: [] });
    expect(after.people).toMatchObject([
      { name: "Петров Иван Сергеевич", position: "Закупщик", isPrimary: false },
    ]);
  });

  it("skip still leaves the client as it was", async () => {
    await importClients(t, orgId, header, [row], "skip");
    const after = await existing();
    expect(after.client).toMatchObject({ city: null, phones: [] });
    expect(after.people).toEqual([]);
  });
});
