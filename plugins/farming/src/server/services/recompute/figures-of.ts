import type { ClientSummary, WriteScope } from "@quartet/core";
import type { FarmingRules } from "../../../contracts/rules.ts";
import type { FarmingContext, OrgInfo } from "../../context.ts";
import { type ClientFigures, clientFigures, figureWindows } from "./client-figures.ts";

/** Clients whose orders and payments are read and reduced together: bounds memory, not queries per client. */
const sliceSize = 2_000;

function groupBy<T extends { clientId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.clientId);
    if (list) list.push(row);
    else out.set(row.clientId, [row]);
  }
  return out;
}

/**
 * Each client's figures from its orders and payments since `since`: one pass over both sources, a
 * slice of clients at a time, each slice reduced to figures before the next is read, so memory
 * holds figures rather than a million order lines.
 */
export async function figuresOf(
  ctx: FarmingContext,
  scope: WriteScope,
  clients: readonly ClientSummary[],
  input: { since: string; org: OrgInfo; rules: FarmingRules; projectOrderIds: ReadonlySet<string> },
): Promise<Map<string, ClientFigures>> {
  const windows = figureWindows(input.org.today);
  const figures = new Map<string, ClientFigures>();
  for (let i = 0; i < clients.length; i += sliceSize) {
    const clientIds = clients.slice(i, i + sliceSize).map((c) => c.id);
    const filter = { clientIds, since: input.since };
    const orders = groupBy(await ctx.records.orders.facts(filter, scope));
    const payments = groupBy(await ctx.records.orders.payments(filter, scope));
    for (const clientId of clientIds) {
      const f = clientFigures({
        orders: orders.get(clientId) ?? [],
        payments: payments.get(clientId) ?? [],
        projectOrderIds: input.projectOrderIds,
        currency: input.org.currency,
        windows,
        rules: input.rules,
      });
      figures.set(clientId, f);
    }
  }
  return figures;
}
