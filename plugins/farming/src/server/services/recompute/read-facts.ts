import type { ClientSummary, OrderFact, PaymentFact, WriteScope } from "@quartet/core";
import { inArray } from "drizzle-orm";
import { accounts, projectOrders } from "../../../db/schema.ts";
import type { FarmingContext } from "../../context.ts";

/** Which clients a recompute covers: some ids, or every client farming serves. */
export type RecomputeTarget = readonly string[] | "all";

/** A stored account row. */
export type AccountRow = typeof accounts.$inferSelect;

/** Everything a recompute reads, each source once, grouped by client. */
export type RecomputeFacts = {
  clients: ClientSummary[];
  orders: Map<string, OrderFact[]>;
  payments: Map<string, PaymentFact[]>;
  lastContacts: Record<string, number>;
  overdueTasks: Map<string, number>;
  projectOrderIds: Set<string>;
  previous: Map<string, AccountRow>;
};

function groupBy<T extends { clientId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.clientId);
    if (list) list.push(row);
    else out.set(row.clientId, [row]);
  }
  return out;
}

/** The clients farming serves: customers, and any client a farmer is responsible for. */
async function servedClients(ctx: FarmingContext, scope: WriteScope, target: RecomputeTarget) {
  const served = (c: ClientSummary) => c.stage === "customer" || c.owners.farming !== null;
  if (target !== "all") return (await ctx.records.clients.summaries({ ids: target }, scope)).filter(served);
  const customers = await ctx.records.clients.summaries({ stages: ["customer"] }, scope);
  const owned = await ctx.records.clients.summaries({ ownedFor: "farming" }, scope);
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const c of owned) byId.set(c.id, c);
  return [...byId.values()];
}

/**
 * Reads what a recompute needs in one pass per source: the served clients, their orders and
 * payments since `since`, last contacts, overdue farming tasks, project orders and the stored
 * accounts — never one query per client.
 */
export async function readFacts(
  ctx: FarmingContext,
  scope: WriteScope,
  target: RecomputeTarget,
  since: string,
): Promise<RecomputeFacts> {
  const clients = await servedClients(ctx, scope, target);
  const ids = target === "all" ? undefined : clients.map((c) => c.id);
  if (ids?.length === 0) return { ...emptyFacts(), clients };
  const filter = ids ? { clientIds: ids, since } : { since };
  const now = ctx.clock.now();
  const orders = await ctx.records.orders.facts(filter, scope);
  const payments = await ctx.records.orders.payments(filter, scope);
  const lastContacts = await ctx.records.timeline.lastContacts(ids ? { clientIds: ids } : {}, scope);
  const tasks = await ctx.records.tasks.open({ function: "farming", ...(ids && { clientIds: ids }) });
  const overdueTasks = new Map<string, number>();
  for (const task of tasks)
    if (task.clientId && task.dueAt !== null && task.dueAt < now)
      overdueTasks.set(task.clientId, (overdueTasks.get(task.clientId) ?? 0) + 1);
  const marked = ids
    ? await scope.tx.select().from(projectOrders).where(inArray(projectOrders.clientId, ids))
    : await scope.tx.select().from(projectOrders);
  const stored = ids
    ? await scope.tx.select().from(accounts).where(inArray(accounts.clientId, ids))
    : await scope.tx.select().from(accounts);
  return {
    clients,
    orders: groupBy(orders),
    payments: groupBy(payments),
    lastContacts,
    overdueTasks,
    projectOrderIds: new Set(marked.map((m) => m.orderId)),
    previous: new Map(stored.map((a) => [a.clientId, a])),
  };
}

function emptyFacts(): Omit<RecomputeFacts, "clients"> {
  return {
    orders: new Map(),
    payments: new Map(),
    lastContacts: {},
    overdueTasks: new Map(),
    projectOrderIds: new Set(),
    previous: new Map(),
  };
}
