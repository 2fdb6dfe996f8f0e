import type { OrgDatabase } from "@quartet/core";
import type { PlanPeriod } from "@quartet/core/plugin";
import { type SQL, sql } from "drizzle-orm";
import {
  type ActivityCounts,
  contactTypes,
  conversationTypes,
  farmingDealMoves,
  firstSaleDealMoves,
  noActivity,
} from "./activity-columns.ts";
import type { HomeMember } from "./deps.ts";

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * The week's timeline counts per author: one pass over the week's entries, found by the
 * `core_activities_occurred (occurred_at, author_id, type)` index, so it costs the week's entries,
 * not the organisation's whole history.
 */
export function activityQuery(period: Pick<PlanPeriod, "from" | "to">): SQL {
  const moved = sql`type = 'stage-change' or (type = 'system' and (json_extract(data, '$.event') in (${list(firstSaleDealMoves)}) or json_extract(data, '$.code') in (${list(farmingDealMoves)})))`;
  return sql`select author_id as author,
      sum(type = 'call') as calls,
      sum(type in (${list(conversationTypes)})) as conversations,
      sum(${moved}) as moved,
      count(distinct case when type in (${list(contactTypes)}) then client_id end) as clients
    from core_activities indexed by core_activities_occurred
    where occurred_at >= ${period.from} and occurred_at < ${period.to}
    group by author_id`;
}

/**
 * The week's confirmed orders per member who recorded them, by business date, through the
 * covering `core_orders_ordered (ordered_on, status, created_by)` index.
 */
export function ordersQuery(period: Pick<PlanPeriod, "firstDay" | "lastDay">): SQL {
  return sql`select created_by as author, count(*) as orders from core_orders indexed by core_orders_ordered
    where ordered_on >= ${period.firstDay} and ordered_on <= ${period.lastDay} and status = 'confirmed'
    group by created_by`;
}

type ActivityRow = { author: string; calls: number; conversations: number; moved: number; clients: number };

/**
 * Activity this week per member (see `ActivityCounts` for what each column counts), every member
 * listed — a person who did nothing shows zeros — with their name, busiest first; work by the
 * system or by people no longer members is not anyone's row but is in `total`.
 */
export async function activityPerPerson(db: OrgDatabase, members: readonly HomeMember[], period: PlanPeriod) {
  const [entries, orders] = await Promise.all([
    db.all<ActivityRow>(activityQuery(period)),
    db.all<{ author: string; orders: number }>(ordersQuery(period)),
  ]);
  const by = new Map<string, ActivityCounts>();
  const of = (author: string) => {
    const held = by.get(author) ?? { ...noActivity };
    by.set(author, held);
    return held;
  };
  for (const e of entries) {
    Object.assign(of(e.author), {
      calls: Number(e.calls),
      conversations: Number(e.conversations),
      dealsMoved: Number(e.moved),
      clientsContacted: Number(e.clients),
    });
  }
  for (const o of orders) of(o.author).orders = Number(o.orders);
  const people = members
    .map((m) => ({ userId: m.userId, name: m.name, ...(by.get(m.userId) ?? noActivity) }))
    .sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name, "ru"));
  const total = { ...noActivity };
  for (const counts of by.values())
    for (const key of Object.keys(total) as (keyof ActivityCounts)[]) total[key] += counts[key];
  return { week: period, people, total };
}

const weight = (c: ActivityCounts) => c.calls + c.conversations + c.dealsMoved + c.orders;
