import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { isOverdue } from "../../../domain/cadence.ts";
import { shareOfWallet } from "../../../domain/metrics.ts";
import { orgInfo } from "../../context.ts";
import { requireClient } from "../deals/deal-references.ts";
import type { AccountRow } from "../recompute/read-facts.ts";
import type { WithSystem } from "../recompute/system-view.ts";
import { clientOffers } from "../whitespace/client-offers.ts";
import { withContact } from "./portfolio-rows.ts";
import { accountOf } from "./require-account.ts";

/** The client of the widget. */
export const clientAccountInput = z.object({ clientId: z.string().min(1, m.chooseClient) });

function view(account: AccountRow, today: string, names: Map<string, string>) {
  return {
    abc: account.abc,
    xyz: account.xyz,
    revenue12mMinor: account.revenue12mMinor,
    revenuePrev12mMinor: account.revenuePrev12mMinor,
    orders12m: account.orders12m,
    potentialMinor: account.potentialMinor,
    shareOfWallet:
      account.potentialMinor === null ? null : shareOfWallet(account.revenue12mMinor, account.potentialMinor),
    cadence: {
      days: account.cadenceDays,
      source: account.cadenceSource,
      overrideDays: account.cadenceOverrideDays,
      lastContactAt: account.lastContactAt,
      dueOn: account.contactDueOn,
      overdue: isOverdue(account.contactDueOn, today),
    },
    nextPurchase: {
      firstOrderOn: account.firstOrderOn,
      lastOrderOn: account.lastOrderOn,
      intervalDays: account.intervalDays,
      expectedOn: account.expectedOn,
      lateDays: account.lateDays,
      categories: account.categoryPurchases.map((c) => ({
        ...c,
        name: names.get(c.categoryId) ?? c.categoryId,
      })),
    },
    health: {
      score: account.healthScore,
      status: account.healthStatus,
      factors: account.healthFactors,
      atRiskSince: account.atRiskSince,
    },
    maturity: { level: account.maturity, reasons: account.maturityReasons },
    computedAt: account.computedAt,
  };
}

/**
 * The client page's farming widget: the account (classes, revenue, potential and share of wallet,
 * cadence and due date, next purchase overall and per category, health with every factor, maturity
 * with its reasons) and the whitespace offers; `account: null` while farming does not serve it.
 */
export async function clientAccount({
  ctx,
  input,
}: {
  ctx: WithSystem;
  input: z.output<typeof clientAccountInput>;
}) {
  const client = await requireClient(ctx, input.clientId);
  const org = await orgInfo(ctx);
  const stored = await accountOf(ctx.org.db, client.id);
  const contact = (await ctx.records.timeline.lastContacts({ clientIds: [client.id] }))[client.id];
  const account = stored && withContact(stored, contact, org.timeZone);
  const names = new Map((await ctx.records.catalog.categories()).map((c) => [c.id, c.name]));
  return {
    clientId: client.id,
    clientName: client.name,
    farmerId: client.owners.farming,
    currency: account?.currency ?? org.currency,
    today: org.today,
    account: account ? view(account, org.today, names) : null,
    offers: account ? await clientOffers(ctx, client.id) : [],
  };
}
