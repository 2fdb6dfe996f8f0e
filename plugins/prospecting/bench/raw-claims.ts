import { type RawClient, seedZones } from "./seed-members.ts";

const leaseMs = 15 * 60_000;
const graceMs = 2 * 3_600_000;
const zoneList = seedZones.map(() => "?").join(",");

const due = `m.list_id = ? AND m.available_at <= ? AND m.time_zone IN (${zoneList})
  AND NOT EXISTS (SELECT 1 FROM prospecting_dnc d WHERE d.phone = m.phone)`;
const anyone = "(m.callback_caller_id IS NULL OR m.callback_caller_id = ? OR m.available_at <= ?)";
const probe = (priority: number, where: string) =>
  `SELECT * FROM (SELECT ${priority} AS priority, m.id AS id, m.available_at AS available_at
    FROM prospecting_list_members m WHERE ${due} AND ${where} ORDER BY m.available_at, m.id LIMIT 1)`;

/** `claimNext`'s claim as one raw statement: the same four index-ordered probes (`nextRecordId`). */
const claimSql = `UPDATE prospecting_list_members
  SET state = 'claimed', claimed_by = ?, claimed_at = ?, lease_until = ?, script_answers = '[]', updated_at = ?
  WHERE id = (SELECT id FROM (
    ${probe(0, "m.state = 'callback' AND m.callback_caller_id = ?")}
    UNION ALL ${probe(1, `m.state = 'queued' AND ${anyone}`)}
    UNION ALL ${probe(1, `m.state = 'callback' AND ${anyone}`)}
    UNION ALL ${probe(1, `m.state = 'claimed' AND m.lease_until < ? AND ${anyone}`)}
  ) ORDER BY priority, available_at, id LIMIT 1)
  RETURNING id`;

/** `releaseRecord` as one raw statement; no row when the caller no longer holds the record. */
const releaseSql = `UPDATE prospecting_list_members
  SET state = CASE WHEN callback_caller_id IS NOT NULL OR last_disposition = 'callback' THEN 'callback' ELSE 'queued' END,
    claimed_by = NULL, claimed_at = NULL, lease_until = NULL, script_answers = '[]', updated_at = ?
  WHERE id = ? AND claimed_by = ? AND state = 'claimed' AND lease_until > ?
  RETURNING id`;

/** Claims the next record of `listId` for `caller` with raw `client.execute`; its id, or null. */
export async function rawClaim(client: RawClient, listId: string, caller: string): Promise<string | null> {
  const now = Date.now();
  const dueArgs = [listId, now, ...seedZones];
  const result = await client.execute({
    sql: claimSql,
    args: [
      ...[caller, now, now + leaseMs, now],
      ...[...dueArgs, caller],
      ...[...dueArgs, caller, now - graceMs],
      ...[...dueArgs, caller, now - graceMs],
      ...[...dueArgs, now, caller, now - graceMs],
    ],
  });
  const id = result.rows[0]?.id;
  return typeof id === "string" ? id : null;
}

/** Gives the record back; false when `caller` no longer held it. */
export async function rawRelease(client: RawClient, recordId: string, caller: string): Promise<boolean> {
  const now = Date.now();
  const result = await client.execute({ sql: releaseSql, args: [now, recordId, caller, now] });
  return result.rows.length === 1;
}
