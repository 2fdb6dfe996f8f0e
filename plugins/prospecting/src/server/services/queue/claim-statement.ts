import { fillPlaceholders, type SQL, sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { listMembers } from "../../../db/calling.ts";
import { callbackGraceMs, claimLeaseMs, nextRecordId } from "./queue-probes.ts";

const m = listMembers;
const p = sql.placeholder;
const dialect = new SQLiteAsyncDialect();
// The compiled statement for each number of open zones: built once, then only bound.
const compiled = new Map<number, { sql: string; params: unknown[] }>();

/** The columns a claim returns: what the call screen needs of the record. */
export type ClaimedRow = {
  id: string;
  client_id: string;
  client_card: string;
  phone: string;
  time_zone: string;
  lease_until: number;
  script_answers: string;
};

// Renew the record the caller already holds in the list, else claim the next one: one statement.
function renewOrClaim(zones: number): SQL {
  const open = Array.from({ length: zones }, (_, i) => p(`z${i}`));
  const held = sql`${m.state} = 'claimed' and ${m.claimedBy} = ${p("caller")} and ${m.leaseUntil} > ${p("now")}`;
  const heldId = sql`select ${m.id} from ${m} where ${m.claimedBy} = ${p("caller")} and ${m.listId} = ${p("listId")}
    and ${m.state} = 'claimed' and ${m.leaseUntil} > ${p("now")} limit 1`;
  const next = nextRecordId(p("listId"), p("caller"), open, p("now"), p("graceStart"));
  return sql`update ${m} set
      ${sql.identifier(m.claimedAt.name)} = case when ${held} then ${m.claimedAt} else ${p("now")} end,
      ${sql.identifier(m.scriptAnswers.name)} = case when ${held} then ${m.scriptAnswers} else '[]' end,
      ${sql.identifier(m.state.name)} = 'claimed',
      ${sql.identifier(m.claimedBy.name)} = ${p("caller")},
      ${sql.identifier(m.leaseUntil.name)} = ${p("leaseUntil")},
      ${sql.identifier(m.updatedAt.name)} = ${p("now")}
    where ${m.id} = coalesce((${heldId}), ${next})
    returning ${m.id}, ${m.clientId}, ${m.clientCard}, ${m.phone}, ${m.timeZone}, ${m.leaseUntil}, ${m.scriptAnswers}`;
}

/**
 * The claim of `claimNext` as one `UPDATE … RETURNING`: the record `caller` already holds in
 * `listId` (lease renewed, answers and claim time kept), else the next callable one in the
 * zones `open` now (`nextRecordId`), claimed with a fresh lease. No row when neither exists.
 * SQLite reads the old row in every SET expression, so "was it held?" is asked of the row as it was.
 */
export function claimStatement(input: { listId: string; caller: string; open: string[]; now: number }): SQL {
  let query = compiled.get(input.open.length);
  if (!query) {
    query = dialect.sqlToQuery(renewOrClaim(input.open.length));
    compiled.set(input.open.length, query);
  }
  const values: Record<string, unknown> = {
    listId: input.listId,
    caller: input.caller,
    now: input.now,
    leaseUntil: input.now + claimLeaseMs,
    graceStart: input.now - callbackGraceMs,
  };
  for (const [i, zone] of input.open.entries()) values[`z${i}`] = zone;
  const args = fillPlaceholders(query.params, values);
  const pieces = query.sql.split("?");
  return sql.join(
    pieces.flatMap((piece, i) => (i < args.length ? [sql.raw(piece), sql`${args[i]}`] : [sql.raw(piece)])),
  );
}
