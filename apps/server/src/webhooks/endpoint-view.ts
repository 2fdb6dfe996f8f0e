import { DomainError, type OrgDatabase, type OrgTransaction } from "@quartet/core";
import { webhookEndpoints } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { webhookMessages as m } from "./messages.ts";

type EndpointRow = typeof webhookEndpoints.$inferSelect;

/** An endpoint as the admin sees it: never its secrets, only until when the previous one still signs. */
export type EndpointView = {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  previousSecretUntil: number | null;
  createdAt: number;
  updatedAt: number;
};

/** The view of a stored endpoint at `now` (a rotation window that has passed is not shown). */
export function endpointView(row: EndpointRow, now: number): EndpointView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    enabled: row.enabled,
    previousSecretUntil:
      row.previousSecretUntil !== null && row.previousSecretUntil > now ? row.previousSecretUntil : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The stored endpoint, or NOT_FOUND naming `id` (another organisation's id is not in this database). */
export async function endpointRow(reader: OrgDatabase | OrgTransaction, id: string): Promise<EndpointRow> {
  const [row] = await reader.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  if (!row) throw new DomainError("NOT_FOUND", m.noEndpoint, { fields: { id: m.noEndpoint } });
  return row;
}

/** The secrets that sign at `now`: the current one, then the previous one while its rotation window lasts. */
export function signingSecrets(row: EndpointRow, now: number): string[] {
  const previous = row.previousSecret && (row.previousSecretUntil ?? 0) > now ? [row.previousSecret] : [];
  return [row.secret, ...previous];
}
