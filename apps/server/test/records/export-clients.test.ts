import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AnalysedImport } from "../../src/records/import/create-import.ts";
import { phoneFor, validInn } from "../fixtures/import-files.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const tricky = 'ООО "Рога; и копыта"\nфилиал №2';

describe("exporting clients to CSV", () => {
  let t: TestHost;
  let orgId: string;
  const owner = () => ({ "x-test-user": "owner", "x-test-org": orgId });
  beforeEach(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "ООО Ромашка" })).id;
    const csv = [
      "Название;ИНН;Телефон;Регион;Теги",
      `"${tricky.replaceAll('"', '""')}";${validInn(1)};${phoneFor(1)};Москва;опт`,
      `ООО Ромашка;${validInn(2)};${phoneFor(2)}, ${phoneFor(3)};Тверь;VIP, опт`,
      `=HYPERLINK("http://evil");;;Тверь;`,
    ].join("\r\n");
    const uploaded = await t
      .app()
      .request("/api/v1/imports/clients", { method: "POST", body: csv, headers: owner() });
    const { data } = (await uploaded.json()) as { data: AnalysedImport };
    const mapping = Object.fromEntries(data.mapping.map((m) => [m.header, m.field]));
    await (await t.caller(userActor("owner"), orgId)).core.imports.start({
      importId: data.importId,
      mapping,
    });
    await t.host.imports.wait(data.importId);
  });
  afterEach(() => t.close());

  async function download(query = "", headers: Record<string, string> = owner()) {
    return t.app().request(`/api/v1/exports/clients.csv${query}`, { headers });
  }

  it("writes what Excel in a Russian locale opens: BOM, semicolons, CRLF, Russian headers", async () => {
    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.startsWith("Название;Тип клиента;Полное наименование;ИНН;КПП;ОГРН;Телефон;E-mail;")).toBe(
      true,
    );
    expect(text.split("\r\n")[0]).not.toContain("\n");
    const rows: string[][] = parse(text, { delimiter: ";", record_delimiter: "\r\n" });
    expect(rows).toHaveLength(4);
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
    // A name is one line (a pasted break folds to a space); its quotes and semicolons survive the CSV.
    expect(byName.get(tricky.replace("\n", " "))?.[3]).toBe(validInn(1));
    expect(byName.get("ООО Ромашка")?.[6]).toBe("+79160000002, +79160000003");
    expect(byName.get("ООО Ромашка")?.[13]).toBe("VIP, опт");
    expect(byName.get("ООО Ромашка")?.[14]).toBe("Потенциальный");
    expect(byName.get(`'=HYPERLINK("http://evil")`)).toBeDefined();
  });

  it("filters like the clients list and speaks English on request", async () => {
    const rows = (text: string): string[][] => parse(text.replace(/^\uFEFF/, ""), { delimiter: ";" });
    const tver = rows(await (await download("?region=%D0%A2%D0%B2%D0%B5%D1%80%D1%8C&locale=en")).text());
    expect(tver[0]?.slice(0, 4)).toEqual(["Name", "Kind", "Legal name", "INN"]);
    expect(
      tver
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['\'=HYPERLINK("http://evil")', "ООО Ромашка"]);
    const vip = rows(await (await download("?tag=vip")).text());
    expect(vip.slice(1).map((r) => r[0])).toEqual(["ООО Ромашка"]);
    const search = rows(await (await download(`?search=${encodeURIComponent("ооо ром")}`)).text());
    expect(search.slice(1).map((r) => r[0])).toEqual(["ООО Ромашка"]);
    expect((await download("?stage=nope")).status).toBe(400);
  });

  it("refuses without core.clients.export", async () => {
    const key = await t.host.people.createApiKey(userActor("owner"), orgId, {
      name: "viewer",
      role: "viewer",
    });
    expect((await download("", { authorization: `Bearer ${key.key}` })).status).toBe(403);
    expect((await download("", {})).status).toBe(401);
    const head = await t.host.people.createApiKey(userActor("owner"), orgId, {
      name: "head",
      role: "head-of-sales",
    });
    expect((await download("", { authorization: `Bearer ${head.key}` })).status).toBe(200);
  });
});
