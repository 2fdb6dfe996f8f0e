import { and, eq, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { deals } from "../../../db/schema.ts";
import { searchText } from "../../../domain/search-text.ts";

/** Filters of the deal list; all optional. */
export const dealFiltersInput = z.object({
  status: z.enum(["open", "won", "lost"]).optional(),
  farmerId: z.string().min(1).optional(),
  clientId: z.string().min(1).optional(),
  kind: z.enum(["upsell", "cross-sell"]).optional(),
  stageKey: z.string().min(1).optional(),
  /** Part of the title, whatever the case (Cyrillic too) and «ё» or «е». */
  search: z.string().trim().max(100).optional(),
});

/** The WHERE condition of a filter set. */
export function dealConditions(f: z.output<typeof dealFiltersInput>): SQL | undefined {
  const folded = f.search ? searchText(f.search) : undefined;
  const escaped = folded?.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return and(
    f.status ? eq(deals.status, f.status) : undefined,
    f.farmerId ? eq(deals.farmerId, f.farmerId) : undefined,
    f.clientId ? eq(deals.clientId, f.clientId) : undefined,
    f.kind ? eq(deals.kind, f.kind) : undefined,
    f.stageKey ? eq(deals.stageKey, f.stageKey) : undefined,
    escaped ? sql`${deals.titleSearch} like ${`%${escaped}%`} escape '\\'` : undefined,
  );
}
