import type { Client } from "@libsql/client";
import { normalizeCompanyName } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchRowsInsert } from "../../src/records/clients/search-rows.ts";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type Api = TeamPerson["caller"]["core"]["clients"];

const total = 100_000;
const words =
  "Ромашка Лютик Василёк Берёза Дуб Клён Сосна Ель Липа Ива Альфа Бета Гамма Дельта Вектор Орбита Север Юг Восток Запад"
    .split(" ")
    .flatMap((w) => [w, `${w}Строй`, `${w}Торг`, `${w}Трейд`, `${w}Снаб`]);
const regions = ["Москва", "Тверь", "Казань", "Самара", "Омск", "Томск", "Пермь", "Уфа", "Сочи", "Тула"];
const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;

// Bulk rows the way an import would leave them: clients with keys and tag rows.
async function seed(t: TestHost, orgId: string, ownerId: string) {
  const runtime = await t.host.runtime(orgId);
  const base = Date.UTC(2025, 0, 1);
  const statements: string[] = [];
  for (let start = 0; start < total; start += 500) {
    const clients: string[] = [];
    const keys: string[] = [];
    const tags: string[] = [];
    for (let i = start; i < Math.min(total, start + 500); i++) {
      const id = `cli_${String(i).padStart(8, "0")}`;
      const name = `ООО ${words[i % words.length]} ${i}`;
      const phone = `+7916${String(i).padStart(7, "0")}`;
      const tagged = i % 10 === 0;
      clients.push(
        `(${quote(id)}, 'company', ${quote(name)}, ${quote(normalizeCompanyName(name))}, '["${phone}"]', '[]',
          ${tagged ? `'["Опт"]'` : "'[]'"}, '{}', ${quote(["prospect", "lead", "negotiation", "customer"][i % 4] ?? "")},
          'standard', ${quote(regions[i % 10] ?? "")}, ${i % 100 === 0 ? quote(ownerId) : "null"}, 'seed',
          ${base + i * 1000}, ${base + ((i * 7919) % total) * 1000})`,
      );
      keys.push(`('phone', ${quote(phone)}, ${quote(id)})`);
      if (tagged) tags.push(`('опт', ${quote(id)})`);
    }
    statements.push(
      `insert into core_clients (id, kind, name, name_normalized, phones, emails, tags, custom_fields, stage, tier,
        region, farming_owner_id, created_by, created_at, updated_at) values ${clients.join(",")}`,
      `insert into core_client_keys (kind, value, client_id) values ${keys.join(",")}`,
    );
    if (tags.length > 0)
      statements.push(`insert into core_client_tags (tag, client_id) values ${tags.join(",")}`);
  }
  // The search rows the write paths keep, for every client at once.
  statements.push(`${searchRowsInsert} IN (SELECT id FROM core_clients)`);
  await (runtime.db as unknown as { $client: Client }).$client.batch(statements, "write");
}

describe("the client list on 100,000 clients", () => {
  let t: TestHost;
  let clients: Api;
  let own: Api;
  let borisId: string;
  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t, {
      org: "Большая база",
      members: { Boris: { name: "Свои", permissions: ["core.clients.read"], scope: "own" } },
    });
    const { orgId, owner, members } = team;
    borisId = members.Boris.user.id;
    await seed(t, orgId, borisId);
    clients = owner.caller.core.clients;
    own = members.Boris.caller.core.clients;
  }, 120_000);
  afterAll(() => t.close());

  // Speed is the benchmark's job (`pnpm bench`: clients-list) and the query plans are asserted in
  // clients-list.test.ts; here every shape of list request must answer correctly at this size.
  it("answers pages, sorts, filters and searches on 100,000 clients, and counts exactly", async () => {
    const first = await clients.list({});
    const pages: [string, () => Promise<{ items: unknown[] }>, number][] = [
      ["default page", () => clients.list({}), 50],
      ["next page", () => clients.list({ cursor: first.nextCursor }), 50],
      ["name sort", () => clients.list({ sort: "name", limit: 200 }), 200],
      ["created, oldest first", () => clients.list({ sort: "createdAt", order: "asc" }), 50],
      ["stage filter", () => clients.list({ stage: "lead" }), 50],
      ["tag filter", () => clients.list({ tag: "Опт" }), 50],
      ["owner filter", () => clients.list({ ownerId: borisId, function: "farming" }), 50],
      ["own scope", () => own.list({}), 50],
      ["name prefix search", () => clients.list({ search: "ромашкаторг 1" }), 50],
      ["phone search", () => clients.list({ search: "8 916 000-12-34" }), 1],
      ["rare region", () => clients.list({ region: "Нигде" }), 0],
      ["filters that never meet", () => clients.list({ region: "Москва", stage: "lead" }), 0],
      ["broad filters", () => clients.list({ region: "Москва", stage: "negotiation", tier: "standard" }), 50],
    ];
    for (const [name, run, size] of pages) expect((await run()).items, name).toHaveLength(size);
    expect(await clients.get({ id: "cli_00012345" })).toMatchObject({ client: { name: "ООО Ива 12345" } });
    const duplicates = await clients.checkDuplicates({ name: "Ромашка", phones: ["89160001234"] });
    expect(duplicates.blocking.map((d) => d.id)).toEqual(["cli_00001234"]);
    const contains = await clients.list({ search: "ватрейд 1234" });
    expect(contains.items.map((c) => c.name)).toEqual(["ООО ИваТрейд 12348"]);
    expect((await clients.count({})).count).toBe(total);
    expect((await own.count({})).count).toBe(total / 100);
    expect((await clients.count({ tag: "опт", region: "Москва" })).count).toBe(total / 10);
    expect((await clients.list({ search: "8 916 000-12-34" })).items.map((c) => c.id)).toEqual([
      "cli_00001234",
    ]);
  });
});
