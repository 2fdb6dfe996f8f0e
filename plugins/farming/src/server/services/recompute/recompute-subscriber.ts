import type { EventDefinition } from "@quartet/core/plugin";
import { defineSubscriber } from "@quartet/core/plugin";
import { firstDelivery } from "../../subscribers/processed.ts";
import { recomputeClients } from "./recompute-clients.ts";

/**
 * A subscriber that recomputes the account of the client an event names, once per event (a
 * redelivery finds it among the processed events and changes nothing); `clientOf` returning null
 * skips the event.
 *
 * @example recomputeSubscriber("recompute-on-order", orderRecorded, (p) => p.clientId)
 */
export function recomputeSubscriber<T>(
  name: string,
  event: EventDefinition<T>,
  clientOf: (payload: T) => string | null,
) {
  return defineSubscriber<T>({
    name,
    event,
    async handle(ctx, delivered) {
      const clientId = clientOf(delivered.payload);
      if (clientId === null) return;
      if (!(await firstDelivery(ctx.scope, delivered.id, name, ctx.clock.now()))) return;
      await recomputeClients(ctx, ctx.scope, [clientId]);
    },
  });
}
