import { systemActor } from "@quartet/core";
import {
  benchNumber,
  log,
  maxRssMb,
  median,
  seconds,
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
 * measures in the same run: (1) farming's full recompute — classes, purchase rhythms, whitespace
 * baskets, health, maturity for every client, written to its accounts — against (2) a raw SQL
 * aggregation of the same inputs; and (3) the incremental cost of one new paid order (its events
 * delivered: the client's recompute and the deals check) against (4) the raw aggregation for
 * that one client; and (5) reading the client widget (account and whitespace offers) of one client.
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
    const full = await median(3, () => recomputeAll(ctx));
    const raw = await median(3, () => rawAggregate(handle.client, today));
    log(`full recompute: ${seconds(full)} (median of 3)`);
    log(`raw SQL aggregation of the same inputs: ${seconds(raw)} (median of 3)`);
    log(`ratio full recompute / raw aggregation: ${(full / raw).toFixed(1)}×`);

    const clientId = "cli_000042";
    const deliveries: number[] = [];
    for (let i = 0; i < 5; i++) {
      const runtime = await host.runtime(orgId);
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
      const delivered = await timed(async () => {
        await host.dispatcher.dispatchOrg(orgId);
        await host.dispatcher.idle();
      });
      deliveries.push(delivered.ms);
    }
    const incremental = deliveries.sort((a, b) => a - b)[2] ?? 0;
    const one = await median(5, () =>
      handle.client.execute({
        sql: `select count(*), sum(p.amount_minor), max(o.ordered_on) from core_orders o
              join core_payments p on p.order_id = o.id where o.client_id = ?`,
        args: [clientId],
      }),
    );
    log(
      `one new paid order, delivering its events (recompute of the client and ABC, deals check): ${seconds(incremental)} (median of 5)`,
    );
    log(`raw SQL aggregate of that client's orders and payments: ${seconds(one)}`);
    const system = { ...ctx, system: ctx };
    const widget = await median(5, () => clientAccount({ ctx: system, input: { clientId } }));
    log(`the client widget with its offers (one account row): ${seconds(widget)} (median of 5)`);
    log(`peak RSS: ${maxRssMb()} MB`);
  });
}

await main();
