import {
  type CustomerBasis,
  DomainError,
  type LifecycleStage,
  type Locale,
  lifecycleStages,
  recordMessages,
  type ServiceContext,
  type StageReason,
  type WriteScope,
} from "@quartet/core";
import { clients } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { applyStageChange } from "./stage-change.ts";

/**
 * Moves a client forward to `to` inside the caller's transaction — a qualified lead becomes a
 * `lead`, a first payment makes a `customer` (basis `first-payment` unless given) — and does
 * nothing when the client is already there or further. A merged client's successor moves.
 * Returns whether it moved. Visibility is the calling service's business. A `reasonCode` in
 * `details` words the reason in the organisation's language instead of the `reason` text.
 *
 * @example await moveStageIfForward(ctx, scope, clientId, "customer", "First payment received", { reasonCode: "first-payment" })
 */
export async function moveStageIfForward(
  ctx: ServiceContext,
  scope: WriteScope,
  clientId: string,
  to: LifecycleStage,
  reason: string,
  details: StageReason & { basis?: CustomerBasis; locale?: Locale } = {},
): Promise<boolean> {
  const read = (id: string) =>
    scope.tx
      .select({ id: clients.id, stage: clients.stage, mergedIntoId: clients.mergedIntoId })
      .from(clients)
      .where(eq(clients.id, id));
  let [client] = await read(clientId);
  if (client?.mergedIntoId) [client] = await read(client.mergedIntoId);
  if (!client)
    throw new DomainError("NOT_FOUND", recordMessages.noSuchClient, {
      fields: { clientId: recordMessages.noSuchClient },
    });
  if (lifecycleStages.indexOf(to) <= lifecycleStages.indexOf(client.stage)) return false;
  await applyStageChange(ctx, scope, client, to, {
    ...details,
    basis: details.basis ?? "first-payment",
    reason,
  });
  return true;
}
