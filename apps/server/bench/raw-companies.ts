import type { Client, InStatement, InValue } from "@libsql/client";
import { dedupKeysOf, exactKeys, newId, normalizeCompanyName } from "@quartet/core";
import { tagKey } from "../src/records/clients/reindex-client.ts";
import { searchRowStatements } from "../src/records/clients/search-rows.ts";
import { multiInsert } from "../src/records/import/multi-insert.ts";
import { companyRow } from "./generate-companies.ts";

// biome-ignore format: the core_clients columns the import fills for these rows
const clientColumns = ["id", "kind", "name", "name_normalized", "inn", "website", "phones", "emails", "region",
  "city", "industry", "tags", "custom_fields", "stage", "tier", "created_by", "created_at", "updated_at"];
const stageColumns = ["id", "client_id", "from_stage", "to_stage", "reason", "actor_id", "at"];

/** What a raw load writes: the client rows alone, or every row the import writes for them. */
export type RawRows = "clients" | "full";

/** The batch of rows the import writes per transaction (`ImportDeps.batchSize`'s default). */
export const rawBatch = 500;

/**
 * Writes companies `from`..`to` of the generated file (`companyRow`) straight through libSQL, in
 * transactions of `rawBatch` rows of multi-VALUES inserts: the client rows (as the import fills
 * them: normalized name, E.164 phones, emails, the site's domain, tags), and with `full` also their
 * keys, tags, first stage-history row and search rows — the same rows the import writes. The
 * baseline of the import benchmark, and the seed of the search benchmark.
 */
export async function rawCompanies(client: Client, from: number, to: number, rows: RawRows): Promise<void> {
  for (let i = from; i < to; i += rawBatch) {
    const now = Date.now();
    const clients: InValue[][] = [];
    const keys: InValue[][] = [];
    const tags: InValue[][] = [];
    const stages: InValue[][] = [];
    for (let j = i; j < Math.min(i + rawBatch, to); j++) {
      const [name = "", inn, phone = "", email = "", site = "", region, city, industry, tagText = ""] =
        companyRow(j);
      const found = dedupKeysOf({ name, inn, phones: [phone], emails: [email], websites: [site] });
      const id = newId("cli", now);
      const tagList = tagText.split(", ");
      // biome-ignore format: one value per column
      clients.push([id, "company", name, normalizeCompanyName(name), found.inn ?? null, site ? site.slice(12) : null,
        JSON.stringify(found.phones), JSON.stringify(found.emails), region ?? null, city ?? null, industry ?? null,
        JSON.stringify(tagList), "{}", "prospect", "standard", "import", now, now]);
      if (rows === "clients") continue;
      for (const key of exactKeys(found)) keys.push([key.kind, key.value, id]);
      for (const tag of new Set(tagList.map(tagKey))) tags.push([tag, id]);
      stages.push([newId("stg", now), id, null, "prospect", null, "import", now]);
    }
    const statements: InStatement[] = [
      ...multiInsert("core_clients", clientColumns, clients),
      ...multiInsert("core_client_keys", ["kind", "value", "client_id"], keys, "INSERT OR IGNORE"),
      ...multiInsert("core_client_tags", ["tag", "client_id"], tags, "INSERT OR IGNORE"),
      ...multiInsert("core_client_stage_history", stageColumns, stages),
      ...(rows === "full"
        ? searchRowStatements(
            clients.map((c) => String(c[0])),
            true,
          )
        : []),
    ];
    await client.batch(statements, "write");
  }
}
