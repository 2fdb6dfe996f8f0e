import { z } from "zod";
import { isOverdue } from "../../../domain/cadence.ts";
import { type FarmingContext, orgInfo } from "../../context.ts";
import { type PortfolioRow, portfolioRows } from "./portfolio-rows.ts";

/** Filters, order and page of a portfolio. */
export const portfolioInput = z.object({
  /** A farmer's user id, or `"unassigned"` for clients nobody farms; ignored for own-scope members. */
  farmerId: z.string().min(1).optional(),
  status: z.enum(["healthy", "watch", "at-risk", "unknown"]).optional(),
  /** Part of the client's name or its INN. */
  search: z.string().trim().max(200).optional(),
  sort: z.enum(["revenue", "health", "contact-due", "name"]).default("revenue"),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

function matches(row: PortfolioRow, input: z.output<typeof portfolioInput>): boolean {
  if (input.status && row.account.healthStatus !== input.status) return false;
  const search = input.search?.toLocaleLowerCase("ru");
  if (!search) return true;
  return (
    row.client.name.toLocaleLowerCase("ru").includes(search) || (row.client.inn ?? "").startsWith(search)
  );
}

const orders = {
  revenue: (a: PortfolioRow, b: PortfolioRow) => b.account.revenue12mMinor - a.account.revenue12mMinor,
  health: (a: PortfolioRow, b: PortfolioRow) =>
    (a.account.healthScore ?? 101) - (b.account.healthScore ?? 101),
  "contact-due": (a: PortfolioRow, b: PortfolioRow) =>
    (a.account.contactDueOn ?? "9999").localeCompare(b.account.contactDueOn ?? "9999"),
  name: () => 0,
};

/**
 * A portfolio: the caller's own clients for an own-scope member, else every client the caller
 * sees (or one farmer's, or the unassigned), with class, revenue, health, next purchase and
 * contact due date; filtered, ordered (ties by name) and a page of it, with the total.
 */
export async function portfolio({
  ctx,
  input,
}: {
  ctx: FarmingContext;
  input: z.output<typeof portfolioInput>;
}) {
  const org = await orgInfo(ctx);
  const rows = (await portfolioRows(ctx, input.farmerId)).filter((r) => matches(r, input));
  const byOrder = orders[input.sort];
  rows.sort((a, b) => byOrder(a, b) || a.client.name.localeCompare(b.client.name, "ru"));
  const items = rows.slice(input.offset, input.offset + input.limit).map(({ client, account, farmerId }) => ({
    clientId: client.id,
    clientName: client.name,
    industry: client.industry,
    farmerId,
    abc: account.abc,
    xyz: account.xyz,
    revenue12mMinor: account.revenue12mMinor,
    healthScore: account.healthScore,
    healthStatus: account.healthStatus,
    maturity: account.maturity,
    lastOrderOn: account.lastOrderOn,
    intervalDays: account.intervalDays,
    expectedOn: account.expectedOn,
    lateDays: account.lateDays,
    lastContactAt: account.lastContactAt,
    cadenceDays: account.cadenceDays,
    contactDueOn: account.contactDueOn,
    overdue: isOverdue(account.contactDueOn, org.today),
  }));
  return { currency: org.currency, today: org.today, total: rows.length, items };
}
