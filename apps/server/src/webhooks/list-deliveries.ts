import { type Locale, readStoredMessage, type ServiceContext, wordRef } from "@quartet/core";
import { type WebhookDeliveryStatus, webhookDeliveries } from "@quartet/db/org";
import { desc, eq } from "drizzle-orm";
import type { WebhookServiceDeps } from "./deps.ts";
import { endpointRow } from "./endpoint-view.ts";
import { eventTypeLabel } from "./event-types.ts";

/** One line of an endpoint's delivery log, its error worded in the viewer's language. */
export type DeliveryView = {
  id: string;
  eventType: string;
  eventName: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  lastAttemptAt: number | null;
  nextAttemptAt: number | null;
  deliveredAt: number | null;
  createdAt: number;
};

/** The newest deliveries of one endpoint (at most `limit`, 50 by default). */
export async function listDeliveries(
  ctx: ServiceContext,
  deps: WebhookServiceDeps,
  input: { endpointId: string; limit?: number },
  locale: Locale,
): Promise<DeliveryView[]> {
  await endpointRow(ctx.org.db, input.endpointId);
  const rows = await ctx.org.db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, input.endpointId))
    .orderBy(desc(webhookDeliveries.id))
    .limit(input.limit ?? 50);
  return rows.map((row) => {
    const type = deps.catalog.get(row.eventType);
    return {
      id: row.id,
      eventType: row.eventType,
      eventName: type ? eventTypeLabel(type, locale).name : row.eventType,
      status: row.status,
      attempts: row.attempts,
      responseStatus: row.responseStatus,
      lastError: row.lastError === null ? null : wordRef(locale, readStoredMessage(row.lastError)),
      lastAttemptAt: row.lastAttemptAt,
      nextAttemptAt: row.status === "pending" ? row.nextAttemptAt : null,
      deliveredAt: row.deliveredAt,
      createdAt: row.createdAt,
    };
  });
}
