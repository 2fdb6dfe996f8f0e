import type { Client } from "@libsql/client";
import type { Actor, OrgDatabase } from "@quartet/core";
import { afterEach, describe, expect, it } from "vitest";
import { listQuery } from "../../src/records/clients/index.ts";
import { planSearch } from "../../src/records/clients/list/search.ts";
import { contactQuery } from "../../src/search/contact-hits.ts";
import { keyMatches, keyQuery } from "../../src/search/key-matches.ts";
import { searchHost } from "./search-host.ts";

let h: Awaited<ReturnType<typeof searchHost>>;
afterEach(() => h?.close());

/** SQLite's plan of a drizzle query, one line per step. */
async function planOf(db: OrgDatabase, query: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql: text, params } = query.toSQL();
  const plan = await (db as unknown as { $client: Client }).$client.execute({
    sql: `EXPLAIN QUERY PLAN ${text}`,
    args: params as (string | number | null)[],
  });
  return plan.rows.map((row) => String(row.detail));
}

/**
 * Plan lines that read a whole table: a `SCAN` of it (not of the search index: `SCAN
 * core_client_search VIRTUAL TABLE INDEX` is its lookup), or a walk of every live client through an
 * index on `merged_into_id` alone.
 */
const tableScans = (lines: string[]) =>
  lines.filter(
    (line) =>
      (/^SCAN core_\w+\b/.test(line) && !/^SCAN core_client_search VIRTUAL TABLE INDEX/.test(line)) ||
      /^SEARCH core_clients .*\(merged_into_id=\?\)$/.test(line),
  );

describe("global search reads clients by index", () => {
  it.each([
    ["a phone", "8 (916) 123-45-67"],
    ["an INN", "7707083893"],
    ["an email", "info@romashka.ru"],
    ["the start of a name", "ро"],
    ["a fragment of a name", "ромаш"],
    ["a fragment of an email", "ov@mail"],
    ["a fragment of a phone", "123-45"],
  ])("finds clients by %s without a table scan, for everyone and for an own-scope member", async (_, q) => {
    h = await searchHost();
    const db = (await h.t.host.runtime(h.orgId)).db;
    const own: Actor = { ...h.ownerActor, role: "custom", permissions: new Set(), scope: "own" };
    for (const actor of [h.ownerActor, own]) {
      const { query } = await listQuery(db, actor, { search: q, sort: "name", limit: 5 });
      const lines = await planOf(db, query);
      expect(tableScans(lines), lines.join(" | ")).toEqual([]);
    }
    const keys = planSearch(q).keys;
    if (keys.length > 0) {
      const lines = await planOf(db, keyQuery(db, keys).query);
      expect(tableScans(lines), lines.join(" | ")).toEqual([]);
    }
  });

  it("finds contacts by a phone through the keys and the contacts' client index", async () => {
    h = await searchHost();
    const db = (await h.t.host.runtime(h.orgId)).db;
    const matches = await keyMatches(db, planSearch("+7 903 765-43-21").keys);
    expect(matches).toHaveLength(1);
    const own: Actor = { ...h.ownerActor, role: "custom", permissions: new Set(), scope: "own" };
    for (const actor of [h.ownerActor, own]) {
      const lines = await planOf(db, contactQuery(db, actor, "+7 903 765-43-21", 5, matches).query);
      expect(tableScans(lines), lines.join(" | ")).toEqual([]);
    }
  });
});

describe("the plan check itself", () => {
  it("sees the contacts read by a contact name search (no name index), and no walk of every client", async () => {
    h = await searchHost();
    const db = (await h.t.host.runtime(h.orgId)).db;
    const lines = await planOf(db, contactQuery(db, h.ownerActor, "петров", 5, []).query);
    expect(tableScans(lines), lines.join(" | ")).toEqual([expect.stringMatching(/^SCAN core_contacts\b/)]);
  });
});
