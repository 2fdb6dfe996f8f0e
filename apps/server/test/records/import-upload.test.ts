import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { imports } from "@quartet/db/org";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import type { AnalysedImport } from "../../src/records/import/create-import.ts";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import { amoCrmCsv, bitrixCp1251Csv, phoneFor, validInn } from "../fixtures/import-files.ts";
import { createTestHost, type TestHost, testPlugins, userActor } from "../support/test-host.ts";

const owner = (orgId: string) => ({ "x-test-user": "owner", "x-test-org": orgId });

describe("uploading a CSV of clients", () => {
  let t: TestHost;
  let orgId: string;
  beforeEach(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "ООО Ромашка" })).id;
  });
  afterEach(() => t.close());

  it("maps an amoCRM export (UTF-8 with BOM, commas) automatically and keeps the file", async () => {
    const file = amoCrmCsv([
      {
        name: 'ООО "Ромашка", опт',
        phone: phoneFor(1),
        email: "info@romashka.ru",
        inn: validInn(1),
        tags: "опт, VIP",
      },
      { name: "ИП Сидоров", phone: phoneFor(2), email: "sid@mail.ru", inn: "", tags: "" },
    ]);
    const response = await t.app().request("/api/v1/imports/clients?fileName=amocrm.csv", {
      method: "POST",
      body: file,
      headers: { ...owner(orgId), "content-type": "text/csv" },
    });
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: AnalysedImport };
    expect(data).toMatchObject({
      encoding: "utf-8",
      delimiter: ",",
      fileName: "amocrm.csv",
      fileBytes: file.length,
    });
    expect(data.headers[1]).toBe("Название компании");
    const fields = Object.fromEntries(data.mapping.map((m) => [m.header, m.field]));
    expect(fields).toMatchObject({
      ID: null,
      "Название компании": "name",
      Ответственный: "responsible",
      Теги: "tags",
      "Рабочий телефон": "phone",
      "Рабочий email": "email",
      Web: "website",
      ИНН: "inn",
      "Примечание 1": "note",
    });
    expect(data.sample[0]?.[1]).toBe('ООО "Ромашка", опт');
    expect(data.sample).toHaveLength(2);
    const handle = await t.host.orgs.get(orgId);
    const [row] = await handle.db.select().from(imports);
    expect(row).toMatchObject({ id: data.importId, status: "analysed", nextRow: 0 });
    expect(existsSync(join(t.dataDir, "imports", orgId, `${data.importId}.csv`))).toBe(true);
  });

  it("reads a Bitrix24 export saved by Excel in Windows-1251 with semicolons", async () => {
    const file = bitrixCp1251Csv([
      { name: "ООО «Ёлка»", phone: "8 (495) 123-45-67", inn: validInn(7), industry: "Розничная торговля" },
    ]);
    const response = await t.app().request("/api/v1/imports/clients?fileName=bitrix.csv", {
      method: "POST",
      body: file,
      headers: owner(orgId),
    });
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: AnalysedImport };
    expect(data).toMatchObject({ encoding: "windows-1251", delimiter: ";" });
    const fields = Object.fromEntries(data.mapping.map((m) => [m.header, m.field]));
    expect(fields).toMatchObject({
      "Название компании": "name",
      "Тип компании": null,
      "Сфера деятельности": "industry",
      "Рабочий телефон": "phone",
      "Рабочий e-mail": "email",
      "Корпоративный сайт": "website",
      ИНН: "inn",
      Комментарий: "note",
    });
    expect(data.sample[0]).toEqual([
      "ООО «Ёлка»",
      "Клиент",
      "Розничная торговля",
      "8 (495) 123-45-67",
      "",
      "",
      validInn(7),
      "из Битрикс24",
    ]);
  });

  it("refuses a file over the size cap with 413 and leaves nothing on disk", async () => {
    const declared = await t.app().request("/api/v1/imports/clients", {
      method: "POST",
      body: "Название\r\nx\r\n",
      headers: { ...owner(orgId), "content-length": String(600 * 2 ** 20) },
    });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");

    const app = createApp(t.host, {
      router: buildAppRouter(testPlugins),
      authenticate: async () => ({ actor: userActor("owner"), orgId }),
    });
    const small = await import("../../src/records/import/routes.ts");
    app.route(
      "/small",
      small.importRoutes(t.host, async () => ({ actor: userActor("owner"), orgId }), 1024),
    );
    const streamed = await app.request("/small/imports/clients", {
      method: "POST",
      body: "Название\r\n".repeat(500),
    });
    expect(streamed.status).toBe(413);
    const dir = join(t.dataDir, "imports", orgId);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });

  it("refuses the upload without core.clients.import, and a cross-site cookie upload", async () => {
    const viewer = await t.host.people.createApiKey(userActor("owner"), orgId, {
      name: "viewer",
      role: "viewer",
    });
    const refused = await t.app().request("/api/v1/imports/clients", {
      method: "POST",
      body: "Название\r\nx\r\n",
      headers: { authorization: `Bearer ${viewer.key}` },
    });
    expect(refused.status).toBe(403);
    const anonymous = await t
      .app()
      .request("/api/v1/imports/clients", { method: "POST", body: "Название\r\nx\r\n" });
    expect(anonymous.status).toBe(401);
    const crossSite = await t.app().request("/api/v1/imports/clients", {
      method: "POST",
      body: "Название\r\nx\r\n",
      headers: { cookie: "quartet.session=x", origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
    expect(await (await t.host.orgs.get(orgId)).db.select().from(imports)).toEqual([]);
  });
});
