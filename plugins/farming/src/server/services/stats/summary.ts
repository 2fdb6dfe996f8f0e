import { z } from "zod";
import { ladderCounts } from "../../../domain/maturity.ts";
import {
  cohortRetention,
  existingVsNew,
  netRevenueRetention,
  nrrByQuarter,
  shareOfWallet,
} from "../../../domain/metrics.ts";
import { firstPayments } from "../../../domain/period.ts";
import { type FarmingContext, orgInfo } from "../../context.ts";
import { type ListAccount, portfolioRows } from "../accounts/portfolio-rows.ts";
import { lastTwelveMonths, lastYear } from "./year-periods.ts";

/** Whose clients the statistics cover: one farmer's, the unassigned, or all the caller sees. */
export const summaryInput = z.object({ farmerId: z.string().min(1).optional() });

function classCounts<K extends string>(keys: readonly K[], values: readonly (K | null)[]) {
  const counts = Object.fromEntries([...keys, "none"].map((k) => [k, 0])) as Record<K | "none", number>;
  for (const v of values) counts[v ?? "none"]++;
  return counts;
}

function wallet(accounts: readonly ListAccount[]) {
  const known = accounts.filter((a) => a.potentialMinor !== null);
  const revenueMinor = known.reduce((s, a) => s + a.revenue12mMinor, 0);
  const potentialMinor = known.reduce((s, a) => s + (a.potentialMinor ?? 0), 0);
  return {
    value: shareOfWallet(revenueMinor, potentialMinor),
    revenueMinor,
    potentialMinor,
    clients: known.length,
  };
}

/**
 * Farming's statistics over the clients the caller sees (or one farmer's): net revenue retention
 * over 12 months and by quarter, first-payment cohorts, the repeat purchase rate, revenue of
 * existing and new clients by month, share of wallet, the maturity ladder and the ABC/XYZ classes.
 * Money in the organisation's currency.
 */
export async function summary({ ctx, input }: { ctx: FarmingContext; input: z.output<typeof summaryInput> }) {
  const org = await orgInfo(ctx);
  const rows = await portfolioRows(ctx, input.farmerId);
  const ids = new Set(rows.map((r) => r.client.id));
  const payments = (await ctx.records.orders.payments({})).filter(
    (p) => ids.has(p.clientId) && p.currency === org.currency,
  );
  const accounts = rows.map((r) => r.account);
  const year = lastYear(org.today);
  const buyers = accounts.filter((a) => a.orders12m > 0);
  return {
    currency: org.currency,
    today: org.today,
    clients: rows.length,
    nrr: netRevenueRetention(payments, year.period, year.previous),
    nrrByQuarter: nrrByQuarter(payments, org.today, 4),
    cohorts: cohortRetention(payments, org.today, 4),
    repeatRate: buyers.length === 0 ? null : buyers.filter((a) => a.orders12m >= 2).length / buyers.length,
    existingVsNew: existingVsNew(payments, firstPayments(payments), lastTwelveMonths(org.today)),
    shareOfWallet: wallet(accounts),
    ladder: ladderCounts(accounts.map((a) => a.maturity)),
    abc: classCounts(
      ["A", "B", "C"],
      accounts.map((a) => a.abc),
    ),
    xyz: classCounts(
      ["X", "Y", "Z"],
      accounts.map((a) => a.xyz),
    ),
  };
}
