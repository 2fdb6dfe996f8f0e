import type { InStatement, InValue } from "@libsql/client";
import { type Actor, newId, storeMessage } from "@quartet/core";
import { blankRequisites } from "../../requisites/org-requisites.ts";
import { tagKey } from "../clients/reindex-client.ts";
import { searchRowStatements } from "../clients/search-rows.ts";
import { multiInsert } from "./multi-insert.ts";
import type { RowIssue, ValidRow } from "./read-row.ts";
import type { CardFill } from "./registry-fill.ts";
import { rowErrorKind } from "./row-error-words.ts";

/**
 * A row to create, with its id, the member resolved from «Ответственный», and the requisites
 * card the registry gave (null: none asked or found).
 */
export type NewClient = { id: string; row: ValidRow; ownerId: string | null; card?: CardFill | null };

/** A row's issue for `core_import_errors`. */
export type RowError = RowIssue & { row: number };

// biome-ignore format: the column list reads as a table
const clientColumns = [
  "id", "kind", "name", "name_normalized", "legal_name", "inn", "kpp", "ogrn", "website", "phones", "emails",
  "address", "region", "city", "industry", "source", "tags", "custom_fields", "stage", "tier",
  "prospecting_owner_id", "created_by", "created_at", "updated_at",
];
const stageColumns = ["id", "client_id", "from_stage", "to_stage", "reason", "actor_id", "at"];
const cardColumns = ["client_id", "short_name", "director_name", "director_title", "vat_mode", "updated_at"];
const contactColumns = [
  "id",
  "client_id",
  "name",
  "position",
  "role",
  "phones",
  "emails",
  "is_primary",
  "created_at",
  "updated_at",
];
const activityColumns = [
  "id",
  "client_id",
  "type",
  "function",
  "author_id",
  "author_name",
  "body",
  "data",
  "occurred_at",
  "created_at",
];

/**
 * The inserts of one import batch: clients (as prospects, with the first row of their stage
 * history), their duplicate keys, tags and search rows exactly as the clients services keep them, the primary
 * contact, the requisites card the registry gave, a timeline note, and the row errors. No audit or event per row: the import audits itself.
 */
export function batchStatements(
  importId: string,
  created: readonly NewClient[],
  errors: readonly RowError[],
  actor: Actor,
  now: number,
): InStatement[] {
  const clients: InValue[][] = [];
  const keys: InValue[][] = [];
  const tags: InValue[][] = [];
  const contacts: InValue[][] = [];
  const notes: InValue[][] = [];
  const stages: InValue[][] = [];
  const cards: InValue[][] = [];
  for (const { id, row, ownerId, card } of created) {
    const c = row.client;
    // biome-ignore format: one value per column above
    clients.push([id, c.kind, c.name, row.nameNormalized, c.legalName, c.inn, c.kpp, c.ogrn, c.website,
      JSON.stringify(c.phones), JSON.stringify(c.emails), c.address, c.region, c.city, c.industry, row.source,
      JSON.stringify(c.tags), "{}", "prospect", "standard", ownerId, actor.id, now, now]);
    stages.push([newId("stg", now), id, null, "prospect", null, actor.id, now]);
    if (card)
      cards.push([id, card.shortName, card.directorName, card.directorTitle, blankRequisites.vatMode, now]);
    for (const key of row.keys) keys.push([key.kind, key.value, id]);
    for (const tag of new Set(c.tags.map(tagKey))) if (tag) tags.push([tag, id]);
    const p = row.contact;
    if (p) {
      // biome-ignore format: one value per column above
      contacts.push([newId("con", now), id, p.name, p.position, p.role ?? "other", JSON.stringify(p.phones),
        JSON.stringify(p.emails), 1, now, now]);
    }
    // biome-ignore format: one value per column above
    if (row.note) notes.push([newId("act", now), id, "note", null, actor.id, actor.name, row.note,
      JSON.stringify({ importId }), now, now]);
  }
  const errorRows = errors.map((e) => [
    importId,
    e.row,
    e.field,
    rowErrorKind(e.message),
    storeMessage(e.message),
    e.value,
  ]);
  return [
    ...multiInsert("core_clients", clientColumns, clients),
    ...multiInsert("core_client_keys", ["kind", "value", "client_id"], keys, "INSERT OR IGNORE"),
    ...multiInsert("core_client_tags", ["tag", "client_id"], tags, "INSERT OR IGNORE"),
    ...searchRowStatements(
      created.map((c) => c.id),
      true,
    ),
    ...multiInsert("core_client_stage_history", stageColumns, stages),
    ...multiInsert("core_contacts", contactColumns, contacts),
    ...multiInsert("core_client_requisites", cardColumns, cards),
    ...multiInsert("core_activities", activityColumns, notes),
    ...multiInsert(
      "core_import_errors",
      ["import_id", "row", "field", "kind", "message", "value"],
      errorRows,
      "INSERT OR IGNORE",
    ),
  ];
}
