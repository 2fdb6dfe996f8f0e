import { z } from "zod";
import { whitespaceMatrix } from "../../../domain/whitespace.ts";
import type { FarmingContext } from "../../context.ts";
import { peerBaskets } from "./peer-baskets.ts";

/** Which clients the matrix shows: one industry's (all without), the largest first. */
export const matrixInput = z.object({
  industry: z.string().trim().min(1).max(200).optional(),
  limit: z.number().int().min(1).max(1_000).default(200),
});

/**
 * Who buys what among the clients the caller sees (their stored baskets): the categories bought in the whitespace window
 * (most buyers first) and a row of cells per client (largest 12-month revenue first), with how many
 * clients matched before the limit.
 */
export async function matrix({ ctx, input }: { ctx: FarmingContext; input: z.output<typeof matrixInput> }) {
  const baskets = (await peerBaskets(ctx))
    .filter((b) => input.industry === undefined || b.group === input.industry)
    .sort(
      (a, b) => b.revenue12mMinor - a.revenue12mMinor || a.client.name.localeCompare(b.client.name, "ru"),
    );
  const buyers = new Map<string, number>();
  for (const b of baskets) for (const c of b.categories) buyers.set(c, (buyers.get(c) ?? 0) + 1);
  const names = new Map((await ctx.records.catalog.categories()).map((c) => [c.id, c.name]));
  const categories = [...buyers]
    .map(([categoryId, count]) => ({ categoryId, name: names.get(categoryId) ?? categoryId, buyers: count }))
    .sort((a, b) => b.buyers - a.buyers || a.name.localeCompare(b.name, "ru"));
  const shown = baskets.slice(0, input.limit);
  const cells = whitespaceMatrix(
    shown,
    categories.map((c) => c.categoryId),
  );
  const rows = shown.map((b, i) => ({
    clientId: b.clientId,
    clientName: b.client.name,
    industry: b.group,
    cells: cells[i]?.cells ?? [],
  }));
  return { categories, rows, total: baskets.length };
}
