import { describe, expect, it, onTestFinished } from "vitest";
import { phoneFor, validInn } from "../fixtures/import-files.ts";
import { importClients } from "../support/import-file.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const header = "Название;ИНН;Телефон;E-mail;Фамилия;Имя;Должность;Телефон контакта";

describe("import: imported clients are found by fragments at once", () => {
  const names = async (caller: Awaited<ReturnType<typeof importClients>>["caller"], q: string) =>
    (await caller.core.clients.list({ search: q, sort: "name", limit: 10 })).items.map((c) => c.name);

  it("by name, email, phone and the contact's phone; a merged row's new keys too", async () => {
    const t: TestHost = await createTestHost();
    onTestFinished(() => t.close());
    const orgId = (await t.host.createOrganisation({ name: "Поиск" })).id;
    const { caller, job } = await importClients(t, orgId, header, [
      `ООО «Северный Альянс»;${validInn(1)};${phoneFor(1234)};alyans@sever-torg.ru;Петров;Иван;Закупщик;+7 903 777-88-99`,
      `АО «Вектор»;${validInn(2)};;;;;;`,
    ]);
    expect(job).toMatchObject({ createdCount: 2 });
    for (const q of ["СЕВЕРН", "ns@sever", "sever-torg", "0012-34", "777-88"])
      expect(await names(caller, q), q).toEqual(["ООО «Северный Альянс»"]);
    await importClients(t, orgId, header, [`АО «Вектор»;${validInn(2)};${phoneFor(5678)};;;;;`], "update");
    expect(await names(caller, "056-78")).toEqual(["АО «Вектор»"]);
  });
});
