import { DomainError } from "@quartet/core";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { projectOrders } from "../../../db/schema.ts";
import { recomputeClients } from "../recompute/recompute-clients.ts";
import type { WithSystem } from "../recompute/system-view.ts";
import { accountOf } from "./require-account.ts";

/** An order to mark as a project (or unmark); `clientId` when known spares a search. */
export const markProjectInput = z.object({
  orderId: z.string().min(1, m.chooseOrder),
  project: z.boolean(),
  clientId: z.string().min(1).optional(),
});

async function findOrder(ctx: WithSystem, orderId: string, clientId: string | undefined) {
  const facts = await ctx.records.orders.facts(clientId ? { clientIds: [clientId] } : {});
  const order = facts.find((o) => o.orderId === orderId);
  if (!order) throw new DomainError("NOT_FOUND", m.noSuchOrder, { fields: { orderId: m.noSuchOrder } });
  return order;
}

/**
 * Marks an order the caller sees as a project (the top of the maturity ladder) or takes the mark
 * off, audited as `farming.order.project`, and recomputes the client's account: a move on the
 * ladder goes on its timeline. Marking twice changes nothing.
 */
export async function markProject({
  ctx,
  input,
}: {
  ctx: WithSystem;
  input: z.output<typeof markProjectInput>;
}) {
  const order = await findOrder(ctx, input.orderId, input.clientId);
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const [before] = await scope.tx
      .select()
      .from(projectOrders)
      .where(eq(projectOrders.orderId, order.orderId));
    if (input.project && !before) {
      const row = { orderId: order.orderId, clientId: order.clientId, markedBy: ctx.actor.id, markedAt: now };
      await scope.tx.insert(projectOrders).values(row);
    }
    if (!input.project && before)
      await scope.tx.delete(projectOrders).where(eq(projectOrders.orderId, order.orderId));
    if (input.project !== Boolean(before)) {
      await scope.audit({
        action: "farming.order.project",
        entity: "order",
        entityId: order.orderId,
        before: { project: Boolean(before) },
        after: { project: input.project },
      });
      await recomputeClients(ctx.system, scope, [order.clientId]);
    }
    const account = await accountOf(scope.tx, order.clientId);
    return {
      orderId: order.orderId,
      clientId: order.clientId,
      project: input.project,
      maturity: account ? { level: account.maturity, reasons: account.maturityReasons } : null,
    };
  });
}
