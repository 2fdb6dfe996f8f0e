import type { FlowCounts, OrgDatabase, SalesFunction } from "@quartet/core";
import { sql } from "drizzle-orm";

const dayMs = 86_400_000;

const fromHandoffs = sql`
  SELECT h.client_id AS clientId, c.name AS clientName, h.from_function AS fromFunction,
         h.to_function AS toFunction, h.state, h.created_at AS requestedAt, h.accept_by AS acceptBy, h.reason
    FROM core_handoffs h JOIN core_clients c ON c.id = h.client_id`;

/** How far back rejections count, and how long a refused or expired lead stays "not taken". */
export const flowWindowDays = 30;

/** A client stuck between two legs, as the monitor lists it. */
export type FlowItem = {
  clientId: string;
  clientName: string;
  fromFunction: SalesFunction;
  toFunction: SalesFunction;
  state: "requested" | "rejected" | "expired";
  /** When the handoff was asked for; the wait is counted from here. */
  requestedAt: number;
  acceptBy: number;
  reason: string | null;
};

/** The clients behind each flow count; the counts are these lists' lengths, so the two always agree. */
export type FlowLists = {
  leadsNotTaken: FlowItem[];
  waitingForFarmer: FlowItem[];
  rejected30d: FlowItem[];
  /** Every handoff still waiting to be taken, on any route, for the legs' capacity. */
  awaiting: FlowItem[];
};

/**
 * Reads the flow between legs from core's handoffs, per client by its latest handoff on a route:
 * leads (prospecting → first sale) waiting, or refused or expired in the last 30 days; won clients
 * (first sale → farming) waiting past their SLA or expired; every handoff rejected in the last
 * 30 days; and every handoff still waiting to be taken. Oldest first.
 */
export async function flowLists(db: OrgDatabase, now: number): Promise<FlowLists> {
  const since = now - flowWindowDays * dayMs;
  const latest = (from: SalesFunction, to: SalesFunction) => sql`
    ${fromHandoffs}
     WHERE h.from_function = ${from} AND h.to_function = ${to}
       AND h.id = (SELECT h2.id FROM core_handoffs h2
                    WHERE h2.client_id = h.client_id AND h2.from_function = ${from} AND h2.to_function = ${to}
                    ORDER BY h2.created_at DESC, h2.id DESC LIMIT 1)`;
  const leadsNotTaken = await db.all<FlowItem>(sql`${latest("prospecting", "first-sale")}
       AND (h.state = 'requested' OR (h.state IN ('rejected', 'expired') AND coalesce(h.decided_at, h.accept_by) >= ${since}))
     ORDER BY h.created_at, h.id`);
  const waitingForFarmer = await db.all<FlowItem>(sql`${latest("first-sale", "farming")}
       AND ((h.state = 'requested' AND h.accept_by < ${now}) OR h.state = 'expired')
     ORDER BY h.created_at, h.id`);
  const rejected30d = await db.all<FlowItem>(sql`
    ${fromHandoffs}
     WHERE h.state = 'rejected' AND h.decided_at >= ${since}
     ORDER BY h.decided_at, h.id`);
  const awaiting = await db.all<FlowItem>(sql`
    ${fromHandoffs}
     WHERE h.state = 'requested'
     ORDER BY h.created_at, h.id`);
  return { leadsNotTaken, waitingForFarmer, rejected30d, awaiting };
}

function byReceiver(items: readonly FlowItem[]): Partial<Record<SalesFunction, number>> {
  const counts: Partial<Record<SalesFunction, number>> = {};
  for (const item of items) counts[item.toFunction] = (counts[item.toFunction] ?? 0) + 1;
  return counts;
}

/** The counts the monitor judges legs by, taken from the lists. */
export function flowCounts(lists: FlowLists): FlowCounts {
  return {
    leadsNotTaken: lists.leadsNotTaken.length,
    waitingForFarmer: lists.waitingForFarmer.length,
    rejected30d: byReceiver(lists.rejected30d),
    awaiting: byReceiver(lists.awaiting),
  };
}
