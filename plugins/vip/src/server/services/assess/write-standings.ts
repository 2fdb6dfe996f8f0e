import type { WriteScope } from "@quartet/core";
import { getTableColumns, sql } from "drizzle-orm";
import { standings } from "../../../db/schema.ts";
import type { StandingRow } from "./read-assessment.ts";

/** Rows per statement: 16 columns × 500 rows stays well under SQLite's bound-variable limit. */
const batchSize = 500;

const replaceAll = Object.fromEntries(
  Object.entries(getTableColumns(standings))
    .filter(([key]) => key !== "clientId")
    .map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
);

/** Inserts or replaces standings, a few hundred rows per statement. */
export async function writeStandings(scope: WriteScope, rows: readonly StandingRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await scope.tx
      .insert(standings)
      .values(rows.slice(i, i + batchSize))
      .onConflictDoUpdate({ target: standings.clientId, set: replaceAll });
  }
}
