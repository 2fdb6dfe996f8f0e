import { type SQL, sql } from "drizzle-orm";
import { listMembers } from "../../../db/calling.ts";
import { doNotCall } from "../../../db/channels.ts";

/** How long a claim holds a record; `next` renews it, an expired one returns to the queue. */
export const claimLeaseMs = 15 * 60_000;
/** After this long past its time, a callback booked for one caller may go to anyone. */
export const callbackGraceMs = 2 * 3_600_000;

const m = listMembers;

/**
 * The id of the record `caller` should get next from `listId`, as a scalar subquery for the
 * claiming `UPDATE`: a callback booked for them first, then the oldest due record among the
 * queued ones, the callbacks anyone may take and the claims whose lease expired. Each of the
 * four probes walks the queue index (`list_id, state, available_at, id`) in order and stops at
 * the first callable record (zone open, phone not on the do-not-call list), so a claim costs
 * the same on a list of a hundred records or of a million. The values may be drizzle
 * placeholders (`claimStatement` compiles it once); `graceStart` is `now - callbackGraceMs`.
 */
export function nextRecordId(
  listId: unknown,
  caller: unknown,
  open: unknown[],
  now: unknown,
  graceStart: unknown,
): SQL {
  const common = sql`${m.listId} = ${listId}
    and ${m.availableAt} <= ${now}
    and ${m.timeZone} in (${sql.join(
      open.map((zone) => sql`${zone}`),
      sql`, `,
    )})
    and not exists (select 1 from ${doNotCall} where ${doNotCall.phone} = ${m.phone})`;
  const anyone = sql`(${m.callbackCallerId} is null or ${m.callbackCallerId} = ${caller} or ${m.availableAt} <= ${graceStart})`;
  const probe = (priority: number, where: SQL) =>
    sql`select * from (select ${sql.raw(String(priority))} as priority, ${m.id} as id, ${m.availableAt} as available_at
      from ${m} where ${common} and ${where} order by ${m.availableAt}, ${m.id} limit 1)`;
  return sql`(select id from (
    ${probe(0, sql`${m.state} = 'callback' and ${m.callbackCallerId} = ${caller}`)}
    union all ${probe(1, sql`${m.state} = 'queued' and ${anyone}`)}
    union all ${probe(1, sql`${m.state} = 'callback' and ${anyone}`)}
    union all ${probe(1, sql`${m.state} = 'claimed' and ${m.leaseUntil} < ${now} and ${anyone}`)}
  ) order by priority, available_at, id limit 1)`;
}

/** The distinct time zones of a list's records, one index seek each (a loose index scan), not a scan of the list. */
export function zonesOf(listId: string): SQL {
  return sql`with recursive zones(zone) as (
      select min(${m.timeZone}) from ${m} where ${m.listId} = ${listId}
      union all
      select (select min(${m.timeZone}) from ${m} where ${m.listId} = ${listId} and ${m.timeZone} > zones.zone)
      from zones where zones.zone is not null
    ) select zone from zones where zone is not null`;
}
