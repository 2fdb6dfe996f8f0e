import { type ClientSummary, DomainError, newId } from "@quartet/core";
import { eq, inArray } from "drizzle-orm";
import { type ClientCard, callLists, calls, listMembers } from "../../../db/calling.ts";
import { doNotCall } from "../../../db/channels.ts";
import { zoneOfClient } from "../../../domain/regions.ts";
import { orgTimeZone, type ProspectingContext } from "../../context.ts";

/** What adding clients did, by reason. */
export type AddClientsReport = {
  added: number;
  alreadyListed: number;
  notFound: string[];
  noPhone: number;
  doNotCall: number;
  calledBefore: number;
};

/**
 * Puts clients on a call list, queued now. Each gets its first phone and its time zone (from its
 * region or city, else the organisation's). Skipped: unknown clients, clients without a phone,
 * clients with any phone on the do-not-call list, clients already listed, and — with
 * `neverCalled` — clients prospecting has called before.
 */
export async function addClients({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { listId: string; clientIds: string[]; neverCalled?: boolean };
}): Promise<AddClientsReport> {
  const records = ctx.records;
  const [list] = await ctx.org.db.select().from(callLists).where(eq(callLists.id, input.listId));
  if (!list) throw new DomainError("NOT_FOUND", "No such call list");
  const zone = await orgTimeZone(ctx);
  const report: AddClientsReport = {
    added: 0,
    alreadyListed: 0,
    notFound: [],
    noPhone: 0,
    doNotCall: 0,
    calledBefore: 0,
  };
  const found: ClientSummary[] = [];
  for (const id of [...new Set(input.clientIds)]) {
    const client = await records.clients.get(id);
    const live = client?.mergedIntoId ? await records.clients.get(client.mergedIntoId) : client;
    if (!live) report.notFound.push(id);
    else if (live.phones.length === 0) report.noPhone++;
    else found.push(live);
  }
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const ids = found.map((c) => c.id);
    const phones = found.flatMap((c) => c.phones);
    const blocked = new Set(
      (
        await scope.tx
          .select({ phone: doNotCall.phone })
          .from(doNotCall)
          .where(inArray(doNotCall.phone, phones))
      ).map((r) => r.phone),
    );
    const called = input.neverCalled
      ? new Set(
          (
            await scope.tx
              .selectDistinct({ id: calls.clientId })
              .from(calls)
              .where(inArray(calls.clientId, ids))
          ).map((r) => r.id),
        )
      : new Set<string>();
    for (const client of found) {
      if (client.phones.some((p) => blocked.has(p))) report.doNotCall++;
      else if (called.has(client.id)) report.calledBefore++;
      else {
        const inserted = await scope.tx
          .insert(listMembers)
          .values({
            id: newId("mem", now),
            listId: list.id,
            clientId: client.id,
            clientCard: cardOf(client),
            phone: client.phones[0] ?? "",
            timeZone: zoneOfClient(client, zone),
            state: "queued",
            attempts: 0,
            availableAt: now,
            scriptAnswers: [],
            addedAt: now,
            updatedAt: now,
          })
          .onConflictDoNothing()
          .returning({ id: listMembers.id });
        if (inserted.length > 0) report.added++;
        else report.alreadyListed++;
      }
    }
    await scope.audit({
      action: "prospecting.list.add-clients",
      entity: "call-list",
      entityId: list.id,
      after: report,
    });
    return report;
  });
}

function cardOf(client: ClientSummary): ClientCard {
  const { name, kind, inn, phones, emails, region, city, industry, tags } = client;
  return { name, kind, inn, phones, emails, region, city, industry, tags };
}
