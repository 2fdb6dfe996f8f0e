import type { Client } from "@libsql/client";
import { type Actor, normalizeCompanyName } from "@quartet/core";
import { clients as clientsTable } from "@quartet/db/org";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listClientsInput, listQuery } from "../../src/records/clients/index.ts";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type Api = TeamPerson["caller"]["core"]["clients"];
type Seeded = {
  id: string;
  name: string;
  region: string;
  industry: string;
  tags: string[];
  createdAt: number;
};

const words = ["Ромашка", "Лютик", "Василёк", "Ромб", "Альфа"];
const stages = ["prospect", "lead", "negotiation", "customer"] as const;

describe("the client list: pages, sorts, filters, count, query plans", () => {
  let t: TestHost;
  let clients: Api;
  let orgId: string;
  let borisId: string;
  const seeded: Seeded[] = [];

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t, { org: "Список" });
    [orgId, borisId, clients] = [team.orgId, team.members.Boris.user.id, team.owner.caller.core.clients];
    for (let i = 0; i < 60; i++) {
      const input = {
        name: `${words[i % 5]} ${String.fromCharCode(0x430 + (i % 20))}${i}`,
        region: i % 3 === 0 ? "Тверь" : "Москва",
        industry: i % 4 === 0 ? "Опт" : "Розница",
        tags: i % 5 === 0 ? ["VIP-кандидат"] : [],
        phones: [`+7495${String(1_000_000 + i)}`],
        emails: [`office${i}@firm${i}.ru`],
      };
      const { id } = await clients.create(input);
      if (i % 7 === 0) await clients.setOwner({ clientId: id, function: "farming", userId: borisId });
      seeded.push({ id, ...input, createdAt: 0 });
    }
    const runtime = await t.host.runtime(orgId);
    await runtime.write({ ...systemish }, async (scope) => {
      for (const [i, s] of seeded.entries()) {
        const stage = stages[i % 4] ?? "prospect";
        const tier = i % 10 === 0 ? "vip" : "standard";
        await scope.tx.update(clientsTable).set({ stage, tier }).where(eq(clientsTable.id, s.id));
      }
    });
    const rows = await runtime.db
      .select()
      .from(clientsTable)
      .where(
        inArray(
          clientsTable.id,
          seeded.map((s) => s.id),
        ),
      );
    for (const row of rows) {
      const s = seeded.find((x) => x.id === row.id);
      if (s) s.createdAt = row.createdAt;
    }
  });
  afterAll(() => t.close());

  const systemish: Actor = {
    kind: "system",
    id: "system",
    name: "system",
    role: "system",
    permissions: new Set(["*"]),
  };

  async function walk(input: Parameters<Api["list"]>[0], limit = 7) {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page: Awaited<ReturnType<Api["list"]>> = await clients.list({ ...input, limit, cursor });
      ids.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
      if (!cursor) return ids;
    }
    throw new Error("no last page");
  }

  it("pages through every sort without repeats or gaps", async () => {
    const runtime = await t.host.runtime(orgId);
    const rows = await runtime.db.select().from(clientsTable);
    const sorts = [
      ["updatedAt", "desc", (r: (typeof rows)[number]) => r.updatedAt],
      ["updatedAt", "asc", (r: (typeof rows)[number]) => r.updatedAt],
      ["createdAt", "desc", (r: (typeof rows)[number]) => r.createdAt],
      ["createdAt", "asc", (r: (typeof rows)[number]) => r.createdAt],
      ["name", "asc", (r: (typeof rows)[number]) => r.nameNormalized],
      ["name", "desc", (r: (typeof rows)[number]) => r.nameNormalized],
    ] as const;
    for (const [sort, order, key] of sorts) {
      const expected = [...rows]
        .sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          const byKey = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
          return order === "asc" ? byKey : -byKey;
        })
        .map((r) => r.id);
      const ids = await walk({ sort, order });
      expect(ids, `${sort} ${order}`).toEqual(expected);
      expect(new Set(ids).size).toBe(60);
    }
    const defaultIds = await walk({}, 13);
    expect(defaultIds).toEqual(await walk({ sort: "updatedAt", order: "desc" }, 50));
  });

  it("filters by stage, tier, region, industry, tag, owner, creation time and search, and counts the same", async () => {
    const expectIds = async (filters: Parameters<Api["count"]>[0], want: string[]) => {
      const ids = await walk(filters, 200);
      expect([...ids].sort(), JSON.stringify(filters)).toEqual([...want].sort());
      expect((await clients.count(filters)).count, JSON.stringify(filters)).toBe(want.length);
    };
    const where = (test: (s: Seeded, i: number) => boolean) => seeded.filter(test).map((s) => s.id);
    await expectIds(
      { stage: "lead" },
      where((_, i) => i % 4 === 1),
    );
    await expectIds(
      { tier: "vip" },
      where((_, i) => i % 10 === 0),
    );
    await expectIds(
      { region: "Тверь" },
      where((s) => s.region === "Тверь"),
    );
    await expectIds(
      { industry: "Опт", region: "Москва" },
      where((s) => s.industry === "Опт" && s.region === "Москва"),
    );
    await expectIds(
      { tag: "vip-КАНДИДАТ" },
      where((_, i) => i % 5 === 0),
    );
    await expectIds(
      { ownerId: borisId },
      where((_, i) => i % 7 === 0),
    );
    await expectIds(
      { ownerId: borisId, function: "farming" },
      where((_, i) => i % 7 === 0),
    );
    await expectIds({ ownerId: borisId, function: "vip" }, []);
    const middle = [...seeded].sort((a, b) => a.createdAt - b.createdAt)[30]?.createdAt ?? 0;
    await expectIds(
      { createdFrom: middle },
      where((s) => s.createdAt >= middle),
    );
    await expectIds(
      { createdTo: middle },
      where((s) => s.createdAt < middle),
    );
    await expectIds(
      { search: "ром" },
      where((s) => normalizeCompanyName(s.name).startsWith("ром")),
    );
    await expectIds(
      { search: "ООО Ромашка" },
      where((s) => s.name.startsWith("Ромашка")),
    );
    await expectIds(
      { search: "ашка" },
      where((s) => s.name.includes("ашка")),
    );
    await expectIds(
      { search: "8 (495) 100-00-07" },
      where((_, i) => i === 7),
    );
    await expectIds(
      { search: "OFFICE8@firm8.ru" },
      where((_, i) => i === 8),
    );
    await expectIds(
      { search: "https://firm9.ru" },
      where((_, i) => i === 9),
    );
    await expectIds(
      { search: "ООО" },
      seeded.map((s) => s.id),
    );
    await expectIds({ search: "нет такого" }, []);
    await expectIds(
      { search: "ром", stage: "lead", region: "Москва" },
      where((s, i) => normalizeCompanyName(s.name).startsWith("ром") && i % 4 === 1 && s.region === "Москва"),
    );
  });

  it("refuses a damaged cursor or one from another sort, naming the cursor", async () => {
    const page = await clients.list({ limit: 5 });
    await expect(clients.list({ cursor: "garbage" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(clients.list({ cursor: page.nextCursor, sort: "name" })).rejects.toMatchObject({
      message: expect.stringContaining("cursor"),
    });
    await expect(clients.list({ limit: 201 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  async function planOf(raw: Record<string, unknown>) {
    const runtime = await t.host.runtime(orgId);
    const { query } = await listQuery(runtime.db, systemish, listClientsInput.parse(raw));
    const { sql: text, params } = query.toSQL();
    const plan = await (runtime.db as unknown as { $client: Client }).$client.execute({
      sql: `EXPLAIN QUERY PLAN ${text}`,
      args: params as (string | number | null)[],
    });
    const lines = plan.rows.map((row) => String(row.detail));
    expect(
      lines.some((line) => /^SCAN core_clients\b(?!.*USING)/.test(line)),
      lines.join(" | "),
    ).toBe(false);
    return lines.join(" | ");
  }

  it("walks the sort index for the default list and each sort: no table scan, no sorting", async () => {
    const first = await clients.list({ limit: 5, sort: "name" });
    const inputs: [Record<string, unknown>, string][] = [
      [{}, "core_clients_updated"],
      [{ cursor: (await clients.list({ limit: 5 })).nextCursor }, "core_clients_updated"],
      [{ sort: "createdAt", order: "asc" }, "core_clients_created"],
      [{ sort: "name" }, "core_clients_name"],
      [{ sort: "name", cursor: first.nextCursor }, "core_clients_name"],
      [{ sort: "name", order: "desc" }, "core_clients_name"],
    ];
    for (const [raw, index] of inputs) {
      const plan = await planOf(raw);
      expect(plan, JSON.stringify(raw)).toContain(`INDEX ${index}`);
      expect(plan, JSON.stringify(raw)).not.toContain("TEMP B-TREE");
    }
  });

  it("drives a narrow filter or search by primary key through the filter's own index", async () => {
    const inputs: [Record<string, unknown>, string][] = [
      [{ search: "ро" }, "core_clients_name"],
      [{ search: "ром" }, "core_client_search VIRTUAL TABLE INDEX"],
      [{ search: "8 (495) 100-00-07", sort: "name" }, "core_client_keys"],
      [{ region: "Тверь", stage: "lead" }, "core_clients_"],
      [{ tag: "VIP-кандидат", sort: "createdAt" }, "core_client_tags"],
      [{ ownerId: borisId }, "core_clients_"],
    ];
    for (const [raw, index] of inputs) {
      const plan = await planOf(raw);
      expect(plan, JSON.stringify(raw)).toContain(
        "SEARCH core_clients USING INDEX sqlite_autoindex_core_clients_1 (id=?)",
      );
      expect(plan, JSON.stringify(raw)).toContain(index);
    }
  });
});
