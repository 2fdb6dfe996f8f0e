import { addMonths, type WriteScope } from "@quartet/core";
import { type FarmingContext, orgInfo } from "../../context.ts";
import { loadRules } from "../rules/load-rules.ts";
import { buildAccount } from "./build-account.ts";
import { classify } from "./classify.ts";
import type { ClientFigures } from "./client-figures.ts";
import { computeOffers } from "./compute-offers.ts";
import { figuresOf } from "./figures-of.ts";
import { raiseAtRisk } from "./raise-at-risk.ts";
import { raiseLateTask } from "./raise-late-task.ts";
import { type AccountRow, type RecomputeTarget, readFacts } from "./read-facts.ts";
import { recordMaturity } from "./record-maturity.ts";
import { writeAccounts } from "./write-accounts.ts";

/** Months of orders and payments a recompute reads: two years, or the whitespace window if longer. */
const monthsRead = (windowMonths: number) => Math.max(24, windowMonths);

/**
 * Recomputes the accounts of some clients, or of every client farming serves, inside `scope`:
 * reads each fact source in one pass (orders and payments a slice of clients at a time), computes
 * in memory with the domain functions (whitespace offers too: among every basket on a full
 * recompute, among the stored baskets of the client's peers otherwise), raises the "late to buy" and at-risk tasks and events
 * once, records maturity moves, and writes the accounts in batches. `ctx` must see every client (the system's records), or classes would be cut from a
 * part of the base. Idempotent: running it twice changes nothing but the computed-at times.
 *
 * @example await ctx.org.write(systemActor, (scope) => recomputeClients(ctx, scope, [clientId]))
 */
export async function recomputeClients(
  ctx: FarmingContext,
  scope: WriteScope,
  target: RecomputeTarget,
): Promise<{ accounts: number }> {
  const org = await orgInfo(ctx);
  const rules = await loadRules(scope.tx);
  const now = ctx.clock.now();
  const since = addMonths(org.today, -monthsRead(rules.whitespace.windowMonths));
  const basketFrom = addMonths(org.today, -rules.whitespace.windowMonths);
  const facts = await readFacts(ctx, scope, target);
  const projectOrderIds = facts.projectOrderIds;
  const figures = await figuresOf(ctx, scope, facts.clients, { since, org, rules, projectOrderIds });
  const members = new Set((await ctx.records.people.members()).map((m) => m.userId));
  const revenues = new Map([...figures].map(([id, f]) => [id, f.revenue12mMinor]));
  const classes = await classify(scope, target, revenues, rules, org, now);
  const rows: AccountRow[] = [];
  for (const client of facts.clients) {
    const previous = facts.previous.get(client.id);
    const account = buildAccount({
      clientId: client.id,
      peerGroup: client.industry,
      basketFrom,
      figures: figures.get(client.id) as ClientFigures,
      abc: classes.get(client.id) ?? null,
      lastContactAt: facts.lastContacts[client.id] ?? null,
      overdueTasks: facts.overdueTasks.get(client.id) ?? 0,
      previous,
      rules,
      org,
      now,
    });
    const farmer = client.owners.farming;
    const assignee = farmer && members.has(farmer) ? farmer : null;
    account.lateTaskFor = await raiseLateTask(ctx, scope, org, client, assignee, account);
    account.atRiskSince = await raiseAtRisk(ctx, scope, org, client, assignee, account);
    await recordMaturity(ctx, scope, org, previous, account);
    rows.push(account);
  }
  await computeOffers(scope, target, rows, rules.whitespace);
  await writeAccounts(scope, rows);
  return { accounts: rows.length };
}
