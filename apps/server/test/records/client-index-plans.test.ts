import type { InValue } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchRowsDelete, searchRowsInsert } from "../../src/records/clients/search-rows.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

/**
 * The reads org migration 0016 changed the indexes under (partial owner indexes, keys and tags
 * WITHOUT ROWID, the search index): each still goes through the index it relies on.
 */
describe("client storage (migration 0016): the hot reads keep their indexes", () => {
  let t: TestHost;
  let planOf: (sql: string, args: InValue[]) => Promise<string>;
  beforeAll(async () => {
    t = await createTestHost();
    const orgId = (await t.host.createOrganisation({ name: "Планы" })).id;
    const handle = await t.host.orgs.get(orgId);
    planOf = async (sql, args) =>
      (await handle.client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args })).rows
        .map((r) => String(r.detail))
        .join(" | ");
  });
  afterAll(() => t.close());

  it.each([
    ...["prospecting", "first_sale", "farming", "vip"].map((fn) => [
      `clients a member owns in ${fn} (partial index)`,
      `SELECT id FROM core_clients WHERE ${fn}_owner_id = ? AND merged_into_id IS NULL`,
      ["usr_1"],
      `SEARCH core_clients USING INDEX core_clients_${fn}_owner (${fn}_owner_id=?)`,
    ]),
    [
      "an own-scope member's clients (any function)",
      "SELECT id FROM core_clients WHERE prospecting_owner_id = ?1 OR first_sale_owner_id = ?1 OR farming_owner_id = ?1 OR vip_owner_id = ?1",
      ["usr_1"],
      "MULTI-INDEX OR",
    ],
    [
      "a duplicate key (import, telephony, mail, search)",
      "SELECT client_id FROM core_client_keys WHERE kind = ? AND value = ?",
      ["phone", "+79161234567"],
      "SEARCH core_client_keys USING PRIMARY KEY (kind=? AND value=?)",
    ],
    [
      "a client's keys (reindexClient)",
      "DELETE FROM core_client_keys WHERE client_id = ?",
      ["cli_1"],
      "SEARCH core_client_keys USING COVERING INDEX core_client_keys_client (client_id=?)",
    ],
    [
      "clients with a tag",
      "SELECT client_id FROM core_client_tags WHERE tag = ?",
      ["опт"],
      "SEARCH core_client_tags USING PRIMARY KEY (tag=?)",
    ],
    [
      "a client's tags (reindexClient)",
      "DELETE FROM core_client_tags WHERE client_id = ?",
      ["cli_1"],
      "SEARCH core_client_tags USING COVERING INDEX core_client_tags_client (client_id=?)",
    ],
    [
      "a client's search row written (its keys read by the client index)",
      `${searchRowsInsert} = ?`,
      ["cli_1"],
      "SEARCH k USING COVERING INDEX core_client_keys_client (client_id=?)",
    ],
    [
      "a client's search row dropped",
      `${searchRowsDelete} = ?)`,
      ["cli_1"],
      "SEARCH core_clients USING COVERING INDEX sqlite_autoindex_core_clients_1 (id=?)",
    ],
    [
      "a fragment",
      "SELECT rowid FROM core_client_search WHERE core_client_search MATCH ?",
      ['keys : "mail.ru"'],
      "SCAN core_client_search VIRTUAL TABLE INDEX 0:M",
    ],
  ] as [string, string, InValue[], string][])("%s", async (_, sql, args, expected) => {
    const plan = await planOf(sql, args);
    expect(plan).toContain(expected);
    expect(plan, plan).not.toMatch(/(^|\| )SCAN core_(?!client_search VIRTUAL TABLE INDEX)/);
  });
});
