import { and, asc, desc, eq, gt, inArray, lt, notInArray, or, type SQL, sql } from "drizzle-orm";
import type { RequestChannel } from "../../../contracts/events.ts";
import { type RequestStatus, requests } from "../../../db/requests.ts";
import type { ProspectingContext } from "../../context.ts";
import { missedCallColumns, withMissedCalls } from "./missed-calls.ts";
import { priorityClients, requestOfClients } from "./priority-clients.ts";

/** Filters of the inbox: status (default new), channel, source; paged by `cursor` (the last request id seen). */
export type ListRequestsInput = {
  status?: RequestStatus;
  channel?: RequestChannel;
  source?: string;
  cursor?: string | null;
  limit?: number;
};

/**
 * The inbox. Untriaged requests come oldest first (a queue to work down), those of clients whose
 * core tier is "vip" before the rest; triaged ones newest first (a history). Ids are time-sorted,
 * so they are the cursor. A request opened by a missed call says whether it still waits for a callback.
 */
export async function listRequests({ ctx, input }: { ctx: ProspectingContext; input: ListRequestsInput }) {
  const status = input.status ?? "new";
  const limit = Math.min(input.limit ?? 50, 200);
  const oldestFirst = status === "new";
  const where: SQL[] = [eq(requests.status, status)];
  if (input.channel) where.push(eq(requests.channel, input.channel));
  if (input.source) where.push(eq(requests.source, input.source));
  const vip = oldestFirst ? await priorityClients(ctx, where) : [];
  const first = vip.length > 0 ? inArray(requests.clientId, vip) : sql`0`;
  if (input.cursor && !oldestFirst) where.push(lt(requests.id, input.cursor));
  if (input.cursor && oldestFirst) {
    const later = gt(requests.id, input.cursor);
    const rest = or(notInArray(requests.clientId, vip), sql`${requests.clientId} is null`) ?? sql`1`;
    const inFirst = vip.length > 0 && (await requestOfClients(ctx, input.cursor, vip));
    where.push((inFirst ? or(and(first, later), rest) : and(rest, later)) ?? later);
  }
  const rows = await ctx.org.db
    .select({
      id: requests.id,
      source: requests.source,
      channel: requests.channel,
      status: requests.status,
      contactName: requests.contactName,
      contactCompany: requests.contactCompany,
      contactPhone: requests.contactPhone,
      contactEmail: requests.contactEmail,
      telegramUsername: requests.telegramUsername,
      message: requests.message,
      doNotCall: requests.doNotCall,
      clientId: requests.clientId,
      receivedAt: requests.receivedAt,
      firstActionAt: requests.firstActionAt,
      ...missedCallColumns,
    })
    .from(requests)
    .where(and(...where))
    .orderBy(
      ...(oldestFirst ? [sql`case when ${first} then 0 else 1 end`, asc(requests.id)] : [desc(requests.id)]),
    )
    .limit(limit + 1);
  const items = await withMissedCalls(ctx, rows.slice(0, limit));
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}
