import type { Client, InStatement } from "@libsql/client";
import { newId } from "@quartet/core";
import { searchRowStatements } from "../clients/search-rows.ts";
import { keysOfValidated } from "./client-keys.ts";
import { type FillableClient, fillBlanks } from "./duplicate-choice.ts";
import type { ValidRow } from "./read-row.ts";

/** A duplicate row merged into the client it matches: its blanks filled, or its contact added. */
export type Merge = { clientId: string; row: ValidRow; how: "update" | "attach" };

const columns: Record<keyof FillableClient, string> = {
  legalName: "legal_name",
  inn: "inn",
  kpp: "kpp",
  ogrn: "ogrn",
  website: "website",
  address: "address",
  region: "region",
  city: "city",
  industry: "industry",
  phones: "phones",
  emails: "emails",
};
const noKeys = { ...Object.fromEntries(Object.keys(columns).map((k) => [k, null])), phones: [], emails: [] };

/**
 * The writes of a batch's merges: each `update` fills the blanks of the existing client (read once,
 * then kept in step so two rows for one client do not undo each other) and indexes the keys of what
 * it filled; each `attach` adds the row's contact (not primary) and its keys. The search rows of
 * the clients touched are written afresh last.
 */
export async function mergeStatements(
  client: Client,
  merges: readonly Merge[],
  now: number,
): Promise<InStatement[]> {
  const current = await loadFillable(client, [
    ...new Set(merges.filter((m) => m.how === "update").map((m) => m.clientId)),
  ]);
  const out: InStatement[] = [];
  const touched: string[] = [];
  for (const { clientId, row, how } of merges) {
    const existing = current.get(clientId);
    if (how === "update" && existing) {
      const patch = fillBlanks(existing, row.client);
      const fields = Object.keys(patch) as (keyof FillableClient)[];
      if (fields.length === 0) continue;
      touched.push(clientId);
      Object.assign(existing, patch);
      const values = fields.map((f) =>
        Array.isArray(patch[f]) ? JSON.stringify(patch[f]) : (patch[f] ?? null),
      );
      out.push({
        sql: `UPDATE core_clients SET ${fields.map((f) => `${columns[f]} = ?`).join(", ")}, updated_at = ? WHERE id = ?`,
        args: [...values, now, clientId],
      });
      out.push(...keyInserts(clientId, keysOfValidated({ ...row.client, ...noKeys, ...patch }, null)));
    }
    const contact = row.contact;
    if (how === "attach" && contact) {
      out.push({
        sql: `INSERT INTO core_contacts (id, client_id, name, position, role, phones, emails, is_primary, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
        args: [
          newId("con", now),
          clientId,
          contact.name,
          contact.position,
          contact.role ?? "other",
          JSON.stringify(contact.phones),
          JSON.stringify(contact.emails),
          now,
          now,
        ],
      });
      const contactKeys = keysOfValidated({ ...row.client, ...noKeys }, contact);
      out.push(...keyInserts(clientId, contactKeys));
      touched.push(clientId);
    }
  }
  return [...out, ...searchRowStatements(touched)];
}

function keyInserts(clientId: string, keys: ReturnType<typeof keysOfValidated>): InStatement[] {
  return keys.map((key) => ({
    sql: "INSERT OR IGNORE INTO core_client_keys (kind, value, client_id) VALUES (?, ?, ?)",
    args: [key.kind, key.value, clientId],
  }));
}

async function loadFillable(client: Client, ids: readonly string[]): Promise<Map<string, FillableClient>> {
  const out = new Map<string, FillableClient>();
  if (ids.length === 0) return out;
  const result = await client.execute({
    sql: `SELECT id, ${Object.values(columns).join(", ")} FROM core_clients WHERE id IN (${ids.map(() => "?").join(",")})`,
    args: [...ids],
  });
  for (const r of result.rows) {
    const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
    out.set(String(r.id), {
      legalName: text(r.legal_name),
      inn: text(r.inn),
      kpp: text(r.kpp),
      ogrn: text(r.ogrn),
      website: text(r.website),
      address: text(r.address),
      region: text(r.region),
      city: text(r.city),
      industry: text(r.industry),
      phones: JSON.parse(String(r.phones ?? "[]")),
      emails: JSON.parse(String(r.emails ?? "[]")),
    });
  }
  return out;
}
