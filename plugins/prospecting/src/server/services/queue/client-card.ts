import type { ClientCard } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";
import type { MemberRow } from "./held-record.ts";

/**
 * The client card of a call-list record: fresh from core when the actor may read the client,
 * else the snapshot the list builder took — a caller (record scope "own") sees only the record
 * the queue handed them, never the client base. `readable` says whether the actor may read (and
 * so write) the client through core. The contact person (whom to ask for) comes the same way.
 */
export async function clientCardOf(
  ctx: ProspectingContext,
  member: Pick<MemberRow, "clientId" | "clientCard">,
): Promise<{ card: ClientCard & { id: string }; readable: boolean }> {
  const fresh = await ctx.records.clients.get(member.clientId);
  if (!fresh) {
    const card = { id: member.clientId, ...member.clientCard, contact: member.clientCard.contact ?? null };
    return { card, readable: false };
  }
  const { id, name, kind, inn, phones, emails, region, city, industry, tags } = fresh;
  const contact = (await ctx.records.clients.contactPersons([id]))[id] ?? null;
  return {
    card: { id, name, kind, inn, phones, emails, region, city, industry, tags, contact },
    readable: true,
  };
}
