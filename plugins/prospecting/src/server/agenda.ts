import type { AgendaItem, AgendaProvider } from "@quartet/core/plugin";
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { prospectingPermissions } from "../contracts/permissions.ts";
import type { ProspectingSettings } from "../contracts/settings.ts";
import { callLists, calls, campaigns, listMembers } from "../db/calling.ts";

const m = listMembers;

/**
 * Who promised a callback: the caller of the record's latest call, which is the call that booked
 * it (a record stays in `callback` until someone claims it again). Read by the
 * `(member_id, started_at)` index, one seek per record.
 */
const promisedBy = sql`(select ${calls.callerId} from ${calls} where ${calls.memberId} = ${m.id}
  order by ${calls.startedAt} desc limit 1)`;

/**
 * Prospecting's agenda: the callbacks the acting caller promised that are still waiting, due in
 * the range (`available_at`, the booked time moved into the calling window). The caller who
 * disposed the call "callback" owns it whether or not the campaign keeps callbacks for the same
 * caller; once anyone claims the record it leaves the agenda. Walks each list's part of the queue
 * index (`list_id, state, available_at`), so the read grows with the callbacks booked in the range,
 * not with the lists. Opens the call screen on the record's campaign.
 */
export const prospectingAgenda: AgendaProvider<ProspectingSettings> = async (ctx, range) => {
  const rows = await ctx.org.db
    .select({
      id: m.id,
      at: m.availableAt,
      clientId: m.clientId,
      card: m.clientCard,
      campaignId: campaigns.id,
      campaign: campaigns.name,
    })
    .from(m)
    .innerJoin(campaigns, eq(campaigns.listId, m.listId))
    .where(
      and(
        inArray(m.listId, ctx.org.db.select({ id: callLists.id }).from(callLists)),
        eq(m.state, "callback"),
        gte(m.availableAt, range.from),
        lt(m.availableAt, range.to),
        sql`${promisedBy} = ${ctx.actor.id}`,
      ),
    )
    .orderBy(m.availableAt)
    .limit(500);
  return rows.map(
    (row): AgendaItem => ({
      id: row.id,
      kind: "callback",
      title: row.campaign,
      client: { id: row.clientId, name: row.card.name },
      at: row.at,
      href: `/calls?campaign=${row.campaignId}`,
      permission: prospectingPermissions.callsWork.id,
    }),
  );
};
