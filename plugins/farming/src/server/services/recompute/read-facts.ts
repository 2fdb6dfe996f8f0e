import type { ClientSummary, WriteScope } from "@quartet/core";
import { inArray } from "drizzle-orm";
import { accounts, projectOrders } from "../../../db/schema.ts";
import type { FarmingContext } from "../../context.ts";
import { servedClients } from "./served-clients.ts";

/** Which clients a recompute covers: some ids, or every client farming serves. */
export type RecomputeTarget = readonly string[] | "all";

/** A stored account row. */
export type AccountRow = typeof accounts.$inferSelect;

/** What a recompute carries over from a stored account: the farmer's inputs and the marks of raised work. */
const carried = {
  clientId: accounts.clientId,
  cadenceOverrideDays: accounts.cadenceOverrideDays,
  potentialMinor: accounts.potentialMinor,
  lateTaskFor: accounts.lateTaskFor,
  atRiskSince: accounts.atRiskSince,
  maturity: accounts.maturity,
};

/** The carried-over part of a stored account. */
export type PreviousAccount = Pick<AccountRow, keyof typeof carried>;

/** What a recompute reads besides orders and payments, each source once. */
export type RecomputeFacts = {
  clients: ClientSummary[];
  lastContacts: Record<string, number>;
  overdueTasks: Map<string, number>;
  projectOrderIds: Set<string>;
  previous: Map<string, PreviousAccount>;
};

/**
 * Reads the served clients and, in one read per source, their last contacts, overdue farming
 * tasks, project orders and stored accounts — never one query per client. Orders and payments,
 * the large sources, are read by `figuresOf` a slice of clients at a time.
 */
export async function readFacts(
  ctx: FarmingContext,
  scope: WriteScope,
  target: RecomputeTarget,
): Promise<RecomputeFacts> {
  const clients = await servedClients(ctx, target, scope);
  const ids = target === "all" ? undefined : clients.map((c) => c.id);
  const none = {
    lastContacts: {},
    overdueTasks: new Map(),
    projectOrderIds: new Set<string>(),
    previous: new Map(),
  };
  if (ids?.length === 0) return { clients, ...none };
  const now = ctx.clock.now();
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
    ? await scope.tx.select(carried).from(accounts).where(inArray(accounts.clientId, ids))
    : await scope.tx.select(carried).from(accounts);
  return {
    clients,
    lastContacts,
    overdueTasks,
    projectOrderIds: new Set(marked.map((m) => m.orderId)),
    previous: new Map(stored.map((a) => [a.clientId, a])),
  };
}
