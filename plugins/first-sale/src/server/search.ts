import { type SearchHit, type SearchProvider, searchSpellings } from "@quartet/core/plugin";
import { desc, inArray, type SQL, sql } from "drizzle-orm";
import { firstSalePermissions } from "../contracts/permissions.ts";
import type { FirstSaleSettings } from "../contracts/settings.ts";
import { deals } from "../db/schema.ts";

const group = { key: "first-sale.deal", name: { en: "Deals", ru: "Сделки" } };

/**
 * Deals for the top bar's search: those of the clients the actor sees that core's client search
 * finds (name, INN, phone, email; through the deals' client index), then those whose title holds the
 * text, newest first. Titles have no index of their own, so that second read walks the deals table,
 * bounded by `limit`.
 */
export const firstSaleSearch: SearchProvider<FirstSaleSettings> = async (ctx, q, limit) => {
  const { ids } = await ctx.records.clients.listIds({ search: q }, { limit: 50 });
  const byClient = ids.length > 0 ? await dealRows(ctx.org.db, inArray(deals.clientId, ids), limit) : [];
  const titled = searchSpellings(q).map((s) => sql`instr(${deals.title}, ${s}) > 0`);
  const byTitle = await dealRows(ctx.org.db, sql`(${sql.join(titled, sql` or `)})`, limit);
  const seen = new Set<string>();
  const rows = [
    ...byTitle.map((d) => ({ ...d, by: "title" as const })),
    ...byClient.map((d) => ({ ...d, by: "client" as const })),
  ]
    .filter((d) => !seen.has(d.id) && seen.add(d.id))
    .slice(0, limit);
  if (rows.length === 0) return [];
  const clients = await ctx.records.clients.summaries({ ids: [...new Set(rows.map((d) => d.clientId))] });
  const names = new Map(clients.map((c) => [c.id, c.name]));
  return rows.map(
    (deal): SearchHit => ({
      group,
      id: deal.id,
      label: deal.title,
      detail: names.get(deal.clientId) ?? null,
      matched:
        deal.by === "title"
          ? { field: "title", value: deal.title }
          : { field: "client", value: names.get(deal.clientId) ?? "" },
      href: `/deals/${deal.id}`,
      clientId: deal.clientId,
      permission: firstSalePermissions.dealsRead.id,
    }),
  );
};

// Deals matching `where`, newest first.
function dealRows(
  db: Parameters<SearchProvider<FirstSaleSettings>>[0]["org"]["db"],
  where: SQL,
  limit: number,
) {
  return db
    .select({ id: deals.id, title: deals.title, clientId: deals.clientId })
    .from(deals)
    .where(where)
    .orderBy(desc(deals.updatedAt))
    .limit(limit);
}
