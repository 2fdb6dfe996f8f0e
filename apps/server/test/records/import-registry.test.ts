import { manualClock } from "@quartet/core";
import { clientRequisites, clients } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelImport, startImport } from "../../src/records/import/control-import.ts";
import type { AnalysedImport } from "../../src/records/import/create-import.ts";
import { createImports } from "../../src/records/import/imports-service.ts";
import { runImport, type StopSignal } from "../../src/records/import/run-import.ts";
import { createRegistryService } from "../../src/registry/index.ts";
import { validInn } from "../fixtures/import-files.ts";
import { startFakeDadata } from "../registry/fake-dadata.ts";
import { callRefusal } from "../support/call-refusal.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const headers = "Название;Полное наименование;ИНН;КПП;Адрес";
const owner = userActor("owner");

describe("import filling requisites from the company registry", () => {
  let fake: Awaited<ReturnType<typeof startFakeDadata>>;
  let t: TestHost;
  beforeAll(async () => {
    fake = await startFakeDadata("tok");
    t = await createTestHost({ env: { QUARTET_REGISTRY_URL: fake.url } });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  async function organisation(token: string | null) {
    const orgId = (await t.host.createOrganisation({ name: "ООО Ромашка" })).id;
    if (token) await t.host.companyRegistry.setToken(orgId, owner, token);
    return orgId;
  }

  async function upload(orgId: string, lines: string[]) {
    const response = await t.app().request("/api/v1/imports/clients?fileName=clients.csv", {
      method: "POST",
      body: `${[headers, ...lines].join("\r\n")}\r\n`,
      headers: { "x-test-user": "owner", "x-test-org": orgId },
    });
    const { data } = (await response.json()) as { data: AnalysedImport };
    return { ...data, mapping: Object.fromEntries(data.mapping.map((m) => [m.header, m.field])) };
  }

  const partyAsks = (from = 0) =>
    fake.requests.slice(from).flatMap((r) => (r.path.endsWith("/party") ? [String(r.body.query)] : []));

  it("without a key the option is not offered, is refused if asked for, and the import runs as before", async () => {
    const orgId = await organisation(null);
    const caller = await t.caller(owner, orgId);
    const file = await upload(orgId, ["Сбер;;7707083893;;"]);
    expect(file.registry).toBe(false);
    const asked = fake.requests.length;
    expect(await callRefusal(caller.core.imports.start({ ...file, fillFromRegistry: true }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: "The requisites service is not set up: add its key in Settings → Requisites service",
      fields: {
        fillFromRegistry:
          "The requisites service is not set up: add its key in Settings → Requisites service",
      },
    });
    await caller.core.imports.start(file);
    await t.host.imports.wait(file.importId);
    expect((await caller.core.imports.get(file)).progress).toMatchObject({
      counts: { created: 1 },
      registry: null,
    });
    const handle = await t.host.orgs.get(orgId);
    expect(await handle.db.select({ kpp: clients.kpp }).from(clients)).toEqual([{ kpp: null }]);
    expect(fake.requests.length).toBe(asked);
  });

  it("fills the blanks of rows with an INN, never over the file; a company the registry lacks is a row warning", async () => {
    const orgId = await organisation("tok");
    const caller = await t.caller(owner, orgId);
    const file = await upload(orgId, [
      "Сбер;Сбербанк (из файла);7707083893;;",
      "ИП Иванов;;500100732259;;Москва, ул. Ленина, 1",
      `Нет в реестре;;${validInn(5)};;`,
      "Без ИНН;;;;",
    ]);
    expect(file.registry).toBe(true);
    const asked = fake.requests.length;
    await caller.core.imports.start({ ...file, fillFromRegistry: true });
    await t.host.imports.wait(file.importId);
    expect((await caller.core.imports.get(file)).progress).toMatchObject({
      state: "done",
      counts: { created: 4, duplicate: 0, invalid: 0 },
      registry: { filled: 2, unfilled: 1 },
    });
    expect(partyAsks(asked)).toEqual(["7707083893", "500100732259", validInn(5)]);
    const handle = await t.host.orgs.get(orgId);
    const rows = await handle.db
      .select()
      .from(clients)
      .leftJoin(clientRequisites, eq(clientRequisites.clientId, clients.id));
    const byName = Object.fromEntries(rows.map((r) => [r.core_clients.name, r]));
    expect(byName.Сбер?.core_clients).toMatchObject({
      legalName: "Сбербанк (из файла)",
      kpp: "773601001",
      ogrn: "1027700132195",
      address: "117312, г Москва, Академический р-н, ул Вавилова, д 19",
    });
    expect(byName.Сбер?.core_client_requisites).toMatchObject({
      shortName: "ПАО СБЕРБАНК",
      directorName: "Греф Герман Оскарович",
      directorTitle: "Президент, председатель правления",
      vatMode: "none",
    });
    expect(byName["ИП Иванов"]?.core_clients).toMatchObject({
      legalName: "Индивидуальный предприниматель Иванов Иван Иванович",
      kpp: null,
      address: "Москва, ул. Ленина, 1",
    });
    expect(byName["Без ИНН"]?.core_client_requisites).toBeNull();
    const requisites = await caller.core.requisites.client.get({
      clientId: byName.Сбер?.core_clients.id ?? "",
    });
    expect(requisites).toMatchObject({ shortName: "ПАО СБЕРБАНК", kpp: "773601001" });
    const errors = await caller.core.imports.errors({ importId: file.importId });
    expect(errors.items).toEqual([
      {
        row: 4,
        field: "inn",
        kind: "warning",
        kindText: "Warning",
        code: "core.imports.registryNotFound",
        message: "No company with this INN in the registry: requisites not filled",
        value: validInn(5),
      },
    ]);
  });

  it("a registry that fails makes each row a warning, worded in the reader's language, and imports the rows", async () => {
    const orgId = await organisation("tok");
    const caller = await t.caller(owner, orgId);
    const file = await upload(orgId, ["Сбер;;7707083893;;", `Другая;;${validInn(6)};;`]);
    fake.setMode("down");
    try {
      await caller.core.imports.start({ ...file, fillFromRegistry: true });
      await t.host.imports.wait(file.importId);
    } finally {
      fake.setMode("ok");
    }
    expect((await caller.core.imports.get(file)).progress).toMatchObject({
      state: "done",
      counts: { created: 2 },
      registry: { filled: 0, unfilled: 2 },
    });
    const response = await t.app().request(`/api/v1/imports/${file.importId}/errors.csv?locale=ru`, {
      headers: { "x-test-user": "owner", "x-test-org": orgId },
    });
    const report = await response.text();
    expect(report.match(/Сервис реквизитов не ответил — реквизиты не заполнены/g)).toHaveLength(2);
  });

  it("waits out the rate limit it shares with people typing instead of refusing", async () => {
    const orgId = await organisation("tok");
    const clock = manualClock();
    const registry = createRegistryService({ ...t.host, clock, baseUrl: fake.url, perMinute: 2 });
    const imports = createImports({
      ...t.host.imports.deps,
      registry,
      pause: async (ms) => clock.advance(ms),
    });
    const file = await upload(
      orgId,
      [1, 2, 3, 4, 5].map((n) => `Компания ${n};;${validInn(100 + n)};;`),
    );
    const asked = fake.requests.length;
    const started = clock.now();
    await imports.start(
      { org: await t.host.runtime(orgId), actor: owner },
      { ...file, onDuplicate: "skip", fillFromRegistry: true },
    );
    await imports.wait(file.importId);
    expect(partyAsks(asked)).toHaveLength(5);
    expect(clock.now() - started).toBe(120_000);
    expect(imports.progress(file.importId)).toMatchObject({
      state: "done",
      registry: { filled: 0, unfilled: 5 },
    });
  });

  it("a cancel during a wait for the rate limit ends the run without asking again or writing the batch", async () => {
    const orgId = await organisation("tok");
    const clock = manualClock();
    const registry = createRegistryService({ ...t.host, clock, baseUrl: fake.url, perMinute: 1 });
    const ctx = { org: await t.host.runtime(orgId), actor: owner };
    const file = await upload(
      orgId,
      [1, 2, 3].map((n) => `Компания ${n};;${validInn(300 + n)};;`),
    );
    const imports = createImports({
      ...t.host.imports.deps,
      registry,
      pause: async (ms) => {
        await cancelImport(imports.deps, ctx, file.importId);
        clock.advance(ms);
      },
    });
    const asked = fake.requests.length;
    const started = clock.now();
    await imports.start(ctx, { ...file, onDuplicate: "skip", fillFromRegistry: true });
    await imports.wait(file.importId);
    expect(partyAsks(asked)).toEqual([validInn(301)]);
    expect(clock.now() - started).toBe(1000);
    expect(await imports.get(orgId, file.importId)).toMatchObject({
      status: "cancelled",
      nextRow: 0,
      createdCount: 0,
    });
  });

  it("a stopped import resumes without asking the registry again about rows it wrote", async () => {
    const orgId = await organisation("tok");
    const imports = createImports({ ...t.host.imports.deps, registry: t.host.companyRegistry, batchSize: 2 });
    const inns = [1, 2, 3, 4, 5].map((n) => validInn(200 + n));
    const file = await upload(
      orgId,
      inns.map((inn, i) => `Компания ${i};;${inn};;`),
    );
    const asked = fake.requests.length;
    const ctx = { org: await t.host.runtime(orgId), actor: owner };
    await startImport(imports.deps, ctx, { ...file, onDuplicate: "skip", fillFromRegistry: true });
    const signal: StopSignal = { stopped: false };
    const board = imports.deps.board;
    const stopAfterBatch = {
      ...board,
      update: (...args: Parameters<typeof board.update>) => {
        board.update(...args);
        signal.stopped = true;
      },
    };
    await runImport({ ...imports.deps, board: stopAfterBatch }, orgId, file.importId, signal);
    expect(partyAsks(asked)).toEqual(inns.slice(0, 2));
    expect((await imports.get(orgId, file.importId)).nextRow).toBe(2);
    await runImport(imports.deps, orgId, file.importId, { stopped: false });
    expect(partyAsks(asked)).toEqual(inns);
    const handle = await t.host.orgs.get(orgId);
    expect(await handle.db.select().from(clients)).toHaveLength(5);
  });
});
