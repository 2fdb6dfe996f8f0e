import {
  type Actor,
  type DedupKeys,
  type DuplicateReason,
  exactKeys,
  findDuplicates,
  nameMatchThreshold,
  normalizedNameSimilarity,
} from "@quartet/core";
import { clientKeys, clients } from "@quartet/db/org";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { namePrefix } from "./name-prefix.ts";
import type { Reader } from "./reader.ts";
import { clientVisibility } from "./visibility.ts";

/** A client that looks like the one being entered: why, how sure, and whether the actor may open it. */
export type ClientDuplicate = {
  id: string;
  name: string;
  inn: string | null;
  reasons: DuplicateReason[];
  score: number;
  /** False when the candidate is outside the actor's record scope (it still blocks a duplicate). */
  visible: boolean;
};

const keyCandidates = 100;
const nameCandidates = 100;

/** True for a match on INN, phone, email or domain — what refuses a create without `allowDuplicate`. */
export function isStrongDuplicate(match: { reasons: readonly DuplicateReason[] }): boolean {
  return match.reasons.some((reason) => reason !== "name");
}

/**
 * Existing clients (merged ones excluded) that look like `keys`, strongest first: candidates come
 * from `core_client_keys` by the exact keys and from the name index by prefixes of the first word
 * of the normalized name (`namePrefixes`, each bounded), then `findDuplicates` ranks them. Runs in a write transaction too.
 *
 * @example findDuplicateClients(ctx.org.db, dedupKeysOf({ name, inn, phones }), { actor: ctx.actor })
 */
export async function findDuplicateClients(
  reader: Reader,
  keys: DedupKeys,
  options: { excludeId?: string; actor?: Actor } = {},
): Promise<ClientDuplicate[]> {
  const ids = new Set<string>();
  const exact = exactKeys(keys);
  if (exact.length > 0) {
    const byKey = or(...exact.map((k) => and(eq(clientKeys.kind, k.kind), eq(clientKeys.value, k.value))));
    const rows = await reader
      .selectDistinct({ id: clientKeys.clientId })
      .from(clientKeys)
      .where(byKey)
      .limit(keyCandidates);
    for (const row of rows) ids.add(row.id);
  }
  // A candidate found only by name can match only by name: keep those similar enough, before ranking.
  for (const prefix of namePrefixes(keys.name)) {
    const rows = await reader
      .select({ id: clients.id, name: clients.nameNormalized })
      .from(clients)
      .where(and(isNull(clients.mergedIntoId), namePrefix(prefix)))
      .limit(nameCandidates);
    for (const row of rows) {
      if (normalizedNameSimilarity(keys.name, row.name) >= nameMatchThreshold) ids.add(row.id);
    }
  }
  if (options.excludeId) ids.delete(options.excludeId);
  if (ids.size === 0) return [];
  return rank(reader, keys, [...ids], options.actor);
}

/**
 * The name prefixes candidates are fetched by: the whole first word, and its first half (at least
 * three letters) so that a typo in the second half (`ромашко` for `ромашка`) still finds it.
 */
export function namePrefixes(normalizedName: string): string[] {
  const word = [...(normalizedName.split(" ")[0] ?? "")];
  if (word.length === 0) return [];
  const half = word.slice(0, Math.max(3, Math.ceil(word.length / 2))).join("");
  return [...new Set([word.join(""), half])];
}

async function rank(reader: Reader, subject: DedupKeys, ids: string[], actor?: Actor) {
  const visibility = actor ? clientVisibility(actor) : undefined;
  const [rows, keyRows] = await Promise.all([
    reader
      .select({
        id: clients.id,
        name: clients.name,
        inn: clients.inn,
        nameNormalized: clients.nameNormalized,
        visible: visibility ? sql<number>`case when ${visibility} then 1 else 0 end` : sql<number>`1`,
      })
      .from(clients)
      .where(and(inArray(clients.id, ids), sql`+${clients.mergedIntoId} is null`)), // `+`: look up by id, not by merged
    reader.select().from(clientKeys).where(inArray(clientKeys.clientId, ids)),
  ]);
  const keysOf = new Map<string, typeof keyRows>();
  for (const key of keyRows) keysOf.set(key.clientId, [...(keysOf.get(key.clientId) ?? []), key]);
  const existing = rows.map((row) => {
    const own = keysOf.get(row.id) ?? [];
    const values = (kind: string) => own.filter((k) => k.kind === kind).map((k) => k.value);
    const keys: DedupKeys = {
      inn: row.inn,
      phones: values("phone"),
      emails: values("email"),
      domains: values("domain"),
      name: row.nameNormalized,
    };
    return { id: row.id, keys };
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return findDuplicates(subject, existing).map((match) => {
    const row = byId.get(match.id);
    return { ...match, name: row?.name ?? "", inn: row?.inn ?? null, visible: row?.visible === 1 };
  });
}
