import { type IsoWeek, type LegFact, newId, type SalesFunction, systemActor } from "@quartet/core";
import { activities, clients, monitorSnapshots, orders, payments } from "@quartet/db/org";
import type { TestHost } from "../support/test-host.ts";

const dayMs = 86_400_000;

/** Rows written straight into one organisation's database: the facts a readiness test starts from. */
export function readinessSeed(t: TestHost, orgId: string, createdBy: string) {
  const write = async (fn: Parameters<Awaited<ReturnType<TestHost["host"]["runtime"]>>["write"]>[1]) =>
    (await t.host.runtime(orgId)).write(systemActor, fn);
  const clientRow = (extra: Partial<typeof clients.$inferInsert>) => ({
    ...{ id: newId("cli"), kind: "company" as const, name: "ООО Ромашка", nameNormalized: "ромашка" },
    ...{
      phones: [],
      emails: [],
      tags: [],
      customFields: {},
      stage: "customer" as const,
      tier: "standard" as const,
    },
    ...{ createdBy, createdAt: 0, updatedAt: 0 },
    ...extra,
  });
  const activityRow = (
    clientId: string,
    type: "call" | "note",
    fn: SalesFunction,
    occurredAt: number,
    authorId: string,
  ) => ({
    ...{ id: newId("act"), clientId, type, function: fn, authorId, authorName: "Анна", body: "", data: {} },
    ...{ occurredAt, createdAt: occurredAt },
  });
  return {
    /** `count` won clients created `ageDays` before `now`, never contacted; `extra` sets owners. */
    async customers(
      count: number,
      now: number,
      ageDays: number,
      extra: Partial<typeof clients.$inferInsert> = {},
    ) {
      const rows = Array.from({ length: count }, () =>
        clientRow({ createdAt: now - ageDays * dayMs, updatedAt: now, ...extra }),
      );
      await write((scope) => scope.tx.insert(clients).values(rows));
      return rows.map((r) => r.id);
    },
    /** One activity on a client's timeline. */
    async activity(
      clientId: string,
      type: "call" | "note",
      fn: SalesFunction,
      occurredAt: number,
      authorId = createdBy,
    ) {
      await write((scope) =>
        scope.tx.insert(activities).values(activityRow(clientId, type, fn, occurredAt, authorId)),
      );
    },
    /** Prospecting calls by `authorId`: `perWeek[i]` of them in the i-th rolling week before `now` (newest first). */
    async calls(authorId: string, perWeek: number[], now: number) {
      const [clientId] = await this.customers(1, now, 400, { stage: "prospect" });
      const rows = perWeek.flatMap((n, week) =>
        Array.from({ length: n }, (_, i) =>
          activityRow(
            clientId as string,
            "call",
            "prospecting",
            now - week * 7 * dayMs - (i + 1) * 60_000,
            authorId,
          ),
        ),
      );
      if (rows.length > 0) await write((scope) => scope.tx.insert(activities).values(rows));
    },
    /** A client who paid `amountMinor` roubles on `paidOn` (one confirmed, paid order). */
    async payingClient(amountMinor: number, paidOn: string) {
      const [clientId] = await this.customers(1, 0, 0);
      const orderId = newId("ord");
      await write(async (scope) => {
        await scope.tx.insert(orders).values({
          ...{ id: orderId, clientId: clientId as string, number: orderId, status: "confirmed" as const },
          ...{ currency: "RUB", subtotalMinor: amountMinor, discountMinor: 0, totalMinor: amountMinor },
          ...{ paidMinor: amountMinor, paymentStatus: "paid" as const, orderedOn: paidOn },
          ...{ createdBy, createdAt: 0, updatedAt: 0 },
        });
        await scope.tx.insert(payments).values({
          ...{ id: newId("pay"), orderId, clientId: clientId as string, amountMinor, currency: "RUB" },
          ...{ paidOn, method: "bank" as const, createdBy, createdAt: 0 },
        });
      });
    },
    /** A weekly monitor snapshot of a leg; `overCapacity` adds its over-capacity fact. */
    async snapshot(
      week: IsoWeek,
      fn: SalesFunction,
      overCapacity: { count: number; capacityPerDay: number } | null,
    ) {
      const facts: LegFact[] = overCapacity ? [{ code: "over-capacity", ...overCapacity }] : [];
      await write((scope) =>
        scope.tx
          .insert(monitorSnapshots)
          .values({ week, function: fn, state: "warn", score: 50, report: { facts }, takenAt: 0 }),
      );
    },
  };
}
