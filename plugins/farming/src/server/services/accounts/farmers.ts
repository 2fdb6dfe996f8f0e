import { isOverdue } from "../../../domain/cadence.ts";
import { type FarmingContext, orgInfo } from "../../context.ts";
import { portfolioRows } from "./portfolio-rows.ts";

type Tally = {
  clients: number;
  revenue12mMinor: number;
  overdue: number;
  late: number;
  atRisk: number;
  due: number;
};

const emptyTally = (): Tally => ({ clients: 0, revenue12mMinor: 0, overdue: 0, late: 0, atRisk: 0, due: 0 });

/**
 * The farmers side by side over the clients the caller sees: clients, 12-month revenue, overdue
 * contacts, late purchases, clients at risk and the share contacted within cadence (of those
 * with a due date; null without any). Clients nobody farms come last as `farmerId: null`.
 */
export async function farmers({ ctx }: { ctx: FarmingContext }) {
  const org = await orgInfo(ctx);
  const names = new Map((await ctx.records.people.members()).map((m) => [m.userId, m.name]));
  const tallies = new Map<string | null, Tally>();
  for (const { account, farmerId } of await portfolioRows(ctx, undefined)) {
    const t = tallies.get(farmerId) ?? emptyTally();
    tallies.set(farmerId, t);
    t.clients++;
    t.revenue12mMinor += account.revenue12mMinor;
    if (isOverdue(account.contactDueOn, org.today)) t.overdue++;
    if (account.contactDueOn !== null) t.due++;
    if (account.lateDays !== null) t.late++;
    if (account.healthStatus === "at-risk") t.atRisk++;
  }
  const items = [...tallies].map(([farmerId, { due, ...t }]) => ({
    farmerId,
    name: farmerId === null ? null : (names.get(farmerId) ?? null),
    ...t,
    withinCadenceShare: due === 0 ? null : (due - t.overdue) / due,
  }));
  items.sort(
    (a, b) =>
      Number(a.farmerId === null) - Number(b.farmerId === null) || b.revenue12mMinor - a.revenue12mMinor,
  );
  return { currency: org.currency, items };
}
