import type { WriteScope } from "@quartet/core";
import { getTableColumns, sql } from "drizzle-orm";
import { accounts } from "../../../db/schema.ts";
import type { AccountRow } from "./read-facts.ts";

/** Rows per statement: 30 columns × 300 rows stays well under SQLite's bound-variable limit. */
const batchSize = 300;

const columns = getTableColumns(accounts);

/** On a conflict every column but the key takes the new row's value. */
const replaceAll = Object.fromEntries(
  Object.entries(columns)
    .filter(([key]) => key !== "clientId")
    .map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
);

/** Inserts or replaces accounts, a few hundred rows per statement. */
export async function writeAccounts(scope: WriteScope, rows: readonly AccountRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await scope.tx
      .insert(accounts)
      .values(rows.slice(i, i + batchSize))
      .onConflictDoUpdate({ target: accounts.clientId, set: replaceAll });
  }
}
