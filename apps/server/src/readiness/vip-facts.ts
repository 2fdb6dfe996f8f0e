import {
  type Coverage,
  localDate,
  type OrgDatabase,
  type ReadinessFacts,
  readinessThresholds,
} from "@quartet/core";
import { payments } from "@quartet/db/org";
import { and, eq, gt, gte, sql } from "drizzle-orm";

const yearMs = 365 * 86_400_000;

/**
 * Revenue in roubles received over the last 12 months: in total, and per client for the clients at
 * or above the VIP threshold; and whether the VIP leg's plugin is enabled (then nothing is read:
 * the signal cannot hold).
 */
export async function vipFacts(
  db: OrgDatabase,
  coverage: Coverage,
  now: number,
  timeZone: string,
): Promise<NonNullable<ReadinessFacts["vip"]>> {
  const enabled = coverage.legs.some((leg) => leg.function === "vip" && leg.pluginEnabled);
  if (enabled) return { enabled, bigClients: [], totalMinor: 0 };
  const since = and(eq(payments.currency, "RUB"), gt(payments.paidOn, localDate(now - yearMs, timeZone)));
  const revenue = sql<number>`sum(${payments.amountMinor})`;
  const [total] = await db.select({ minor: revenue }).from(payments).where(since);
  const big = await db
    .select({ minor: revenue })
    .from(payments)
    .where(since)
    .groupBy(payments.clientId)
    .having(gte(revenue, readinessThresholds.vipRevenueMinor));
  return {
    enabled,
    bigClients: big.map((row) => Number(row.minor)),
    totalMinor: Number(total?.minor ?? 0),
  };
}
