import { addDays, localDate } from "@quartet/core";
import { isoWeekDates, sortIntoSections, startOfDate } from "@quartet/core/plugin";
import { orgSettings, type RecordsContext } from "../records/timeline/context.ts";
import { visibleClients } from "../search/visible-clients.ts";
import type { AgendaEntry } from "./entry.ts";
import type { AgendaInput } from "./input.ts";
import { type AgendaDeps, pluginEntries } from "./plugin-entries.ts";
import { taskEntries } from "./task-entries.ts";

/**
 * The signed-in member's agenda for "My work": their open tasks and every enabled plugin's dated
 * items (prospecting's callbacks) due from `from` to `to` (business dates in the organisation's
 * zone), by time. When the range reaches today, what is overdue comes too. `sections` sorts them
 * into overdue, today, tomorrow, the rest of this week and later; `items` are those inside the
 * range with their `date` (the week view's columns); `undated` the tasks without a deadline.
 */
export async function agendaOf(deps: AgendaDeps, ctx: RecordsContext, input: AgendaInput) {
  const { timeZone } = await orgSettings(ctx);
  const now = ctx.clock.now();
  const today = localDate(now, timeZone);
  const sunday = addDays(isoWeekDates(today).monday, 6);
  const from = input.from ?? today;
  const to = input.to ?? (sunday > today ? sunday : addDays(today, 1));
  const range = { from: startOfDate(from, timeZone), to: startOfDate(addDays(to, 1), timeZone) };
  const overdueBefore = from <= today && today <= to ? now : null;
  const [tasks, plugins] = await Promise.all([
    taskEntries(ctx, range, overdueBefore),
    pluginEntries(deps, ctx, overdueBefore === null ? range : { from: 0, to: range.to }),
  ]);
  const visible = await visibleClients(
    ctx.org.db,
    ctx.actor,
    [...tasks.dated, ...tasks.undated, ...plugins.entries].flatMap((e) => (e.client ? [e.client.id] : [])),
  );
  const placed = (entry: Omit<AgendaEntry, "date" | "clientVisible">): AgendaEntry => ({
    ...entry,
    date: localDate(entry.at, timeZone),
    clientVisible: entry.client !== null && visible.has(entry.client.id),
  });
  const dated = [...tasks.dated, ...plugins.entries]
    .filter(
      (e) => e.at < range.to && (e.at >= range.from || (overdueBefore !== null && e.at < overdueBefore)),
    )
    .map(placed)
    .sort((a, b) => a.at - b.at);
  return {
    timeZone,
    today,
    from,
    to,
    sections: sortIntoSections(dated, now, timeZone),
    items: dated.filter((e) => e.at >= range.from && e.at < range.to),
    undated: tasks.undated.map(placed),
    unavailable: plugins.unavailable,
  };
}

/** The answer of `core.tasks.agenda`. */
export type Agenda = Awaited<ReturnType<typeof agendaOf>>;
