import type { WriteScope } from "@quartet/core";
import { inArray } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { designations, overrides, standings } from "../../../db/schema.ts";

type ByClient = SQLiteTable & { clientId: Parameters<typeof inArray>[0] };

async function rowsOf<T extends ByClient>(scope: WriteScope, table: T, ids: readonly string[] | undefined) {
  if (ids?.length === 0) return [];
  const query = scope.tx.select().from(table as SQLiteTable);
  return (ids ? await query.where(inArray(table.clientId, [...ids])) : await query) as T["$inferSelect"][];
}

/** VIP's own rows about some clients (all when `ids` is absent): standings, overrides and designations, one read each. */
export async function readOwnRows(scope: WriteScope, ids: readonly string[] | undefined) {
  return {
    standings: await rowsOf(scope, standings, ids),
    overrides: await rowsOf(scope, overrides, ids),
    designations: await rowsOf(scope, designations, ids),
  };
}
