import { localDate, type WriteScope } from "@quartet/core";
import { inArray, isNotNull } from "drizzle-orm";
import type { VipProgram } from "../../../contracts/program.ts";
import { requests, standings } from "../../../db/schema.ts";
import type { OrgInfo, VipContext } from "../../context.ts";
import { openRequest } from "./open-request.ts";
import { stopClock } from "./stop-clock.ts";

/** How far back a first look for client requests reaches. */
const lookBackMs = 30 * 86_400_000;

/**
 * Times the core tasks marked `client-request` of clients in a tier: a task created since the
 * client entered its tier starts a clock at its creation, a done task stops it at `doneAt`. One
 * read of the marked tasks of every VIP client, never one per client.
 */
export async function trackTasks(
  ctx: VipContext,
  scope: WriteScope,
  org: OrgInfo,
  program: VipProgram,
): Promise<void> {
  const vip = await scope.tx
    .select({ clientId: standings.clientId, since: standings.since })
    .from(standings)
    .where(isNotNull(standings.tierKey));
  if (vip.length === 0) return;
  const sinceOf = new Map(vip.map((v) => [v.clientId, v.since]));
  const now = ctx.clock.now();
  const marked = await ctx.records.tasks.marked({
    mark: "client-request",
    clientIds: vip.map((v) => v.clientId),
    createdSince: now - lookBackMs,
  });
  const ids = marked.map((t) => t.id);
  const known = ids.length
    ? await scope.tx.select({ id: requests.id }).from(requests).where(inArray(requests.id, ids))
    : [];
  const tracked = new Set(known.map((r) => r.id));
  for (const task of marked) {
    if (!task.clientId) continue;
    const since = sinceOf.get(task.clientId);
    if (!tracked.has(task.id) && since && localDate(task.createdAt, org.timeZone) >= since) {
      const source = {
        id: task.id,
        source: "task" as const,
        clientId: task.clientId,
        startedAt: task.createdAt,
      };
      if (await openRequest(scope, org, program, source, now)) tracked.add(task.id);
    }
    if (task.doneAt !== null && tracked.has(task.id)) await stopClock(scope, task.id, task.doneAt);
  }
}
