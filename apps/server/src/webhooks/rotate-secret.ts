import type { ServiceContext } from "@quartet/core";
import { webhookEndpoints } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { endpointRow } from "./endpoint-view.ts";
import { newWebhookSecret } from "./signature.ts";

/** How long the previous secret keeps signing beside the new one after a rotation: a day. */
export const rotationWindowMs = 24 * 3_600_000;

/**
 * Gives an endpoint a new secret (shown once in the answer). Until `previousSecretUntil` every
 * delivery carries both signatures, new first, so the receiver can switch at its own pace; a
 * second rotation inside the window drops the oldest secret.
 */
export async function rotateSecret(
  ctx: ServiceContext,
  input: { id: string },
): Promise<{ secret: string; previousSecretUntil: number }> {
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const row = await endpointRow(scope.tx, input.id);
    const change = {
      secret: newWebhookSecret(),
      previousSecret: row.secret,
      previousSecretUntil: now + rotationWindowMs,
      updatedAt: now,
    };
    await scope.tx.update(webhookEndpoints).set(change).where(eq(webhookEndpoints.id, input.id));
    await scope.audit({
      action: "core.webhooks.rotateSecret",
      entity: "webhook",
      entityId: input.id,
      after: { previousSecretUntil: change.previousSecretUntil },
    });
    return { secret: change.secret, previousSecretUntil: change.previousSecretUntil };
  });
}
