import { systemActor } from "@quartet/core";
import {
  benchNumber,
  maxRssMb,
  median,
  runBench,
  seededOrg,
  timed,
  withBenchHost,
} from "@quartet/testing/bench";
import { farmingPlugin } from "../src/server/index.ts";
import { clientAccount } from "../src/server/services/accounts/client-account.ts";
import { recomputeAll } from "../src/server/services/recompute/recompute-all.ts";
import { rawAggregate } from "./raw-aggregate.ts";

/**
 * Seeds an organisation with QUARTET_BENCH_CLIENTS (10,000) customers and QUARTET_BENCH_LINES
 * (1,000,000) order lines over two years (raw batches, not measured), enables farming, then
 * measures in alternating rounds (`runBench`): (1) farming's full recompute — classes, purchase
 * rhythms, whitespace baskets, health, maturity for every client, written to its accounts —
 * against a raw SQL aggregation of the same inputs; (2) the incremental cost of one new paid order
 * (its events delivered: the client's recompute and the deals check) against the raw aggregation
 * for that one client; and (3) reading the client widget of one client (account and whitespace
 * offers) alone. No goals: the figures and ratios are reported.
 */
async function main() {
  const clients = benchNumber("CLIENTS", 10_000);
  const lines = benchNumber("LINES", 1_000_000);
  await withBenchHost("farming", [farmingPlugin], async (host) => {
    const { orgId, handle, ctx, today } = await seededOrg(host, "farming", {
      clients,
      lines,
      linesPerOrder: 10,
    });
    const ms = async (fn: () => Promise<unknown>): Promise<number> => (await timed(fn)).ms;
    await runBench({
      name: "full recompute vs raw SQL aggregation",
      ours: async () => ({ ms: await ms(() => recomputeAll(ctx)), "peak RSS MB": maxRssMb() }),
      baseline: async () => ({ ms: await ms(() => rawAggregate(handle.client, today)) }),
      goals: [{ metric: "ms" }, { metric: "peak RSS MB" }],
    });

    const clientId = "cli_000042";
    const runtime = await host.runtime(orgId);
    await runBench({
      name: "one paid order, its events delivered, vs raw SQL of that client",
      ours: async () => {
        await runtime.write(systemActor, async (scope) => {
          const order = await ctx.records.orders.record(scope, {
            clientId,
            lines: [{ productId: "prd_1_1", quantity: 3 }],
          });
          await ctx.records.orders.recordPayment(scope, {
            orderId: order.id,
            amount: order.total,
            method: "bank",
          });
        });
        const delivered = await ms(async () => {
          await host.dispatcher.dispatchOrg(orgId);
          await host.dispatcher.idle();
        });
        return { ms: delivered };
      },
      baseline: async () => ({
        ms: await ms(() =>
          handle.client.execute({
            sql: `select count(*), sum(p.amount_minor), max(o.ordered_on) from core_orders o
                  join core_payments p on p.order_id = o.id where o.client_id = ?`,
            args: [clientId],
          }),
        ),
      }),
      goals: [{ metric: "ms" }],
    });

    const system = { ...ctx, system: ctx };
    await runBench({
      name: "the client widget with its offers",
      ours: async () => ({ ms: await median(5, () => clientAccount({ ctx: system, input: { clientId } })) }),
      goals: [{ metric: "ms" }],
    });
  });
}

await main();
