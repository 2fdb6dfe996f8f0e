import type { ClientSummary, WriteScope } from "@quartet/core";
import { and, eq, isNotNull, isNull, lt } from "drizzle-orm";
import { slaBreached } from "../../../contracts/events.ts";
import type { VipProgram } from "../../../contracts/program.ts";
import { requests } from "../../../db/schema.ts";
import { addBusinessMinutes } from "../../../domain/business-hours.ts";
import { breachTaskTitle } from "../../../domain/task-texts.ts";
import { workCalendar } from "../../../domain/work-calendar.ts";
import type { OrgInfo, VipContext } from "../../context.ts";
import { headsOfSales, managerOf } from "../assess/responsible.ts";

type RequestRow = typeof requests.$inferSelect;

/**
 * Finds running requests past their due instant: each is flagged breached once, emits
 * `vip.sla.breached` and gives the key-account manager a task (the heads of sales when the client
 * has no manager). A breach still unanswered one more SLA later is escalated to the heads of sales
 * with a task, once.
 */
export async function flagBreaches(
  ctx: VipContext,
  scope: WriteScope,
  org: OrgInfo,
  program: VipProgram,
): Promise<{ breached: number; escalated: number }> {
  const now = ctx.clock.now();
  const open = isNull(requests.respondedAt);
  const due = await scope.tx
    .select()
    .from(requests)
    .where(and(open, isNull(requests.breachedAt), lt(requests.dueAt, now)));
  const calendar = workCalendar(program.calendar, org.timeZone);
  const late = (
    await scope.tx
      .select()
      .from(requests)
      .where(and(open, isNotNull(requests.breachedAt), isNull(requests.escalatedAt)))
  ).filter((r) => addBusinessMinutes(r.dueAt, r.slaMinutes, calendar) < now);
  if (due.length === 0 && late.length === 0) return { breached: 0, escalated: 0 };
  const ids = [...new Set([...due, ...late].map((r) => r.clientId))];
  const clients = new Map((await ctx.records.clients.summaries({ ids }, scope)).map((c) => [c.id, c]));
  const members = await ctx.records.people.members();
  const heads = headsOfSales(members);
  const tell = async (request: RequestRow, client: ClientSummary, people: string[], escalated: boolean) => {
    const title = breachTaskTitle(org.locale, {
      clientName: client.name,
      slaMinutes: request.slaMinutes,
      escalated,
    });
    for (const assigneeId of people)
      await ctx.records.tasks.create(scope, {
        clientId: client.id,
        title,
        function: "vip",
        assigneeId,
        dueAt: now,
      });
  };
  for (const request of due) {
    const client = clients.get(request.clientId);
    const managerId = client ? managerOf(client, members) : null;
    await scope.emit(slaBreached, {
      requestId: request.id,
      clientId: request.clientId,
      tierKey: request.tierKey,
      managerId,
      slaMinutes: request.slaMinutes,
      startedAt: request.startedAt,
      dueAt: request.dueAt,
      breachedAt: now,
    });
    if (client) await tell(request, client, managerId ? [managerId] : heads, managerId === null);
    const escalatedAt = managerId === null ? now : null;
    await scope.tx.update(requests).set({ breachedAt: now, escalatedAt }).where(eq(requests.id, request.id));
  }
  for (const request of late) {
    const client = clients.get(request.clientId);
    if (client) await tell(request, client, heads, true);
    await scope.tx.update(requests).set({ escalatedAt: now }).where(eq(requests.id, request.id));
  }
  return { breached: due.length, escalated: late.length };
}
