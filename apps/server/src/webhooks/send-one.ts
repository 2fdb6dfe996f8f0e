import { type MessageRef, msg, storeMessage } from "@quartet/core";
import { type DatabaseHandle, writeTransaction } from "@quartet/db";
import { webhookDeliveries, webhookEndpoints } from "@quartet/db/org";
import { and, eq } from "drizzle-orm";
import type { ClaimedWebhook } from "./claim.ts";
import type { WebhooksDeps } from "./deps.ts";
import { signingSecrets } from "./endpoint-view.ts";
import { webhookMessages as m } from "./messages.ts";
import { type PostResult, postWebhook } from "./post.ts";
import { nextAttempt } from "./retry.ts";
import { webhookHeaders } from "./signature.ts";
import { checkWebhookUrl } from "./url-policy.ts";

/** How one attempt ended. */
export type SendOutcome = "delivered" | "retry" | "dead";

/**
 * One attempt of one claimed delivery, outside any transaction (a slow receiver holds no lock):
 * signs the stored body with the endpoint's current secrets and a fresh timestamp, POSTs it, then
 * records the answer — delivered, or the error and the next attempt with jittered backoff, or
 * dead once the attempts are used up. The `webhook-id` is the delivery's id on every attempt.
 */
export async function sendOne(
  deps: WebhooksDeps,
  handle: DatabaseHandle,
  claimed: ClaimedWebhook,
): Promise<SendOutcome> {
  const [endpoint] = await handle.db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.id, claimed.endpointId));
  const now = deps.clock.now();
  const result = endpoint ? await attempt(deps, endpoint, claimed, now) : failed(msg(m.noEndpoint));
  const attempts = claimed.attempts + 1;
  const base = {
    attempts,
    lastAttemptAt: now,
    responseStatus: result.status,
    leaseOwner: null,
    leaseUntil: null,
  };
  const next = result.ok ? null : nextAttempt(deps.retryPolicy, attempts, (deps.random ?? Math.random)());
  const change = result.ok
    ? { ...base, status: "delivered" as const, deliveredAt: deps.clock.now(), lastError: null }
    : {
        ...base,
        status: next?.dead ? ("dead" as const) : ("pending" as const),
        lastError: storeMessage(result.error),
        nextAttemptAt: next && !next.dead ? now + next.delayMs : now,
      };
  await writeTransaction(handle, (tx) =>
    tx
      .update(webhookDeliveries)
      .set(change)
      .where(and(eq(webhookDeliveries.id, claimed.id), eq(webhookDeliveries.leaseOwner, deps.owner))),
  );
  if (!result.ok)
    deps.logger.warn(
      { delivery: claimed.id, status: result.status, dead: next?.dead },
      "webhook delivery failed",
    );
  return result.ok ? "delivered" : next?.dead ? "dead" : "retry";
}

const failed = (error: MessageRef): PostResult => ({ ok: false, status: null, error });

async function attempt(
  deps: WebhooksDeps,
  endpoint: typeof webhookEndpoints.$inferSelect,
  claimed: ClaimedWebhook,
  now: number,
): Promise<PostResult> {
  // The policy may have changed since the endpoint was saved (a server no longer in test mode).
  const checked = checkWebhookUrl(endpoint.url, deps.urlPolicy);
  if (!checked.ok) return failed(msg(checked.key));
  const headers = webhookHeaders(signingSecrets(endpoint, now), {
    id: claimed.id,
    timestampSeconds: Math.floor(now / 1000),
    body: claimed.body,
  });
  return postWebhook(endpoint.url, headers, claimed.body, {
    policy: deps.urlPolicy,
    timeoutMs: deps.timeoutMs,
  });
}
