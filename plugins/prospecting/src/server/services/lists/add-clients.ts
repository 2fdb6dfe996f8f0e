import { type ClientSummary, type ContactPerson, DomainError, newId } from "@quartet/core";
import { eq, inArray } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { type ClientCard, callLists, calls, listMembers } from "../../../db/calling.ts";
import { doNotCall } from "../../../db/channels.ts";
import { zoneOfClient } from "../../../domain/regions.ts";
import { orgTimeZone, type ProspectingContext } from "../../context.ts";
import { type ListFilter, matchingClientIds } from "./matching-client-ids.ts";

/** What adding clients did, by reason. `truncated`: the filter matched more than a list takes. */
export type AddClientsReport = {
  added: number;
  alreadyListed: number;
  notFound: string[];
  noPhone: number;
  doNotCall: number;
  calledBefore: number;
  truncated: boolean;
};

/** Who to add: explicit ids, clients matching a filter, or both; `neverCalled` skips clients prospecting has called. */
export type AddClientsInput = {
  listId: string;
  clientIds?: string[];
  filter?: ListFilter;
  neverCalled?: boolean;
};

/** Clients inserted per write transaction: short transactions keep the queue claimable meanwhile. */
export const insertBatchSize = 500;

/**
 * Puts clients on a call list, queued now: the given ids and those matching `filter` (paged
 * through core, at most `maxFilteredClients`). Each gets its first phone and its time zone (from
 * its region or city, else the organisation's). Skipped: unknown clients, clients without a phone,
 * clients with any phone on the do-not-call list, clients already listed, and — with
 * `neverCalled` — clients prospecting has called before. Members go in by batches of 500, one
 * write transaction each.
 */
export async function addClients({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: AddClientsInput;
}): Promise<AddClientsReport> {
  const [list] = await ctx.org.db.select().from(callLists).where(eq(callLists.id, input.listId));
  if (!list) throw new DomainError("NOT_FOUND", m.noSuchCallList);
  const zone = await orgTimeZone(ctx);
  const matched = input.filter ? await matchingClientIds(ctx, input.filter) : { ids: [], truncated: false };
  const report: AddClientsReport = {
    added: 0,
    alreadyListed: 0,
    notFound: [],
    noPhone: 0,
    doNotCall: 0,
    calledBefore: 0,
    truncated: matched.truncated,
  };
  const ids = [...new Set([...(input.clientIds ?? []), ...matched.ids])];
  for (let i = 0; i < ids.length; i += insertBatchSize) {
    const found = await liveClients(ctx, ids.slice(i, i + insertBatchSize), report);
    if (found.length > 0)
      await insertBatch(ctx, { listId: list.id, zone, found, neverCalled: input.neverCalled }, report);
  }
  await ctx.org.write(ctx.actor, (scope) =>
    scope.audit({
      action: "prospecting.list.add-clients",
      entity: "call-list",
      entityId: list.id,
      after: { ...report, filter: input.filter ?? null },
    }),
  );
  return report;
}

async function liveClients(ctx: ProspectingContext, ids: string[], report: AddClientsReport) {
  const found: ClientSummary[] = [];
  for (const id of ids) {
    const client = await ctx.records.clients.get(id);
    const live = client?.mergedIntoId ? await ctx.records.clients.get(client.mergedIntoId) : client;
    if (!live) report.notFound.push(id);
    else if (live.phones.length === 0) report.noPhone++;
    else found.push(live);
  }
  return found;
}

async function insertBatch(
  ctx: ProspectingContext,
  batch: { listId: string; zone: string; found: ClientSummary[]; neverCalled?: boolean },
  report: AddClientsReport,
): Promise<void> {
  const persons = await ctx.records.clients.contactPersons(batch.found.map((c) => c.id));
  await ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const ids = batch.found.map((c) => c.id);
    const blocked = new Set(
      (
        await scope.tx
          .select({ phone: doNotCall.phone })
          .from(doNotCall)
          .where(
            inArray(
              doNotCall.phone,
              batch.found.flatMap((c) => c.phones),
            ),
          )
      ).map((r) => r.phone),
    );
    const called = batch.neverCalled
      ? new Set(
          (
            await scope.tx
              .selectDistinct({ id: calls.clientId })
              .from(calls)
              .where(inArray(calls.clientId, ids))
          ).map((r) => r.id),
        )
      : new Set<string>();
    const rows: (typeof listMembers.$inferInsert)[] = [];
    for (const client of batch.found) {
      if (client.phones.some((p) => blocked.has(p))) report.doNotCall++;
      else if (called.has(client.id)) report.calledBefore++;
      else
        rows.push(memberRow(batch.listId, client, persons[client.id], zoneOfClient(client, batch.zone), now));
    }
    if (rows.length === 0) return;
    const inserted = await scope.tx
      .insert(listMembers)
      .values(rows)
      .onConflictDoNothing()
      .returning({ id: listMembers.id });
    report.added += inserted.length;
    report.alreadyListed += rows.length - inserted.length;
  });
}

function memberRow(
  listId: string,
  client: ClientSummary,
  contact: ContactPerson | undefined,
  timeZone: string,
  now: number,
) {
  return {
    id: newId("mem", now),
    listId,
    clientId: client.id,
    clientCard: { ...cardOf(client), contact: contact ?? null },
    phone: client.phones[0] ?? "",
    timeZone,
    state: "queued" as const,
    attempts: 0,
    availableAt: now,
    scriptAnswers: [],
    addedAt: now,
    updatedAt: now,
  };
}

function cardOf(client: ClientSummary): ClientCard {
  const { name, kind, inn, phones, emails, region, city, industry, tags } = client;
  return { name, kind, inn, phones, emails, region, city, industry, tags };
}
