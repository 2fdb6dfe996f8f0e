import { startOfLocalDay, zoneOffsetMs } from "../time.ts";

/** What `taskBuckets` reads of a task: its deadline and whether it is done (instants, UTC ms). */
export type TaskTiming = { id: string; dueAt: number | null; doneAt: number | null };

/** Open tasks sorted for a to-do list; each list is ordered by deadline, `someday` keeps input order. */
export type TaskBuckets<T> = {
  /** Past their deadline (earlier today counts). */
  overdue: T[];
  /** Due later today in the organisation's time zone. */
  today: T[];
  /** Due from tomorrow on. */
  upcoming: T[];
  /** Without a deadline. */
  someday: T[];
};

/**
 * Groups the open tasks (done ones are left out) by deadline in the organisation's time zone.
 * A task due on a date without a time should carry `dueAt = endOfLocalDay(date, timeZone)`, so
 * it turns overdue only when that day is over.
 */
export function taskBuckets<T extends TaskTiming>(
  tasks: readonly T[],
  now: number,
  timeZone: string,
): TaskBuckets<T> {
  const tomorrow = startOfLocalDay(startOfLocalDay(now, timeZone) + 36 * 3_600_000, timeZone);
  const buckets: TaskBuckets<T> = { overdue: [], today: [], upcoming: [], someday: [] };
  for (const task of tasks) {
    if (task.doneAt !== null) continue;
    if (task.dueAt === null) buckets.someday.push(task);
    else if (task.dueAt < now) buckets.overdue.push(task);
    else if (task.dueAt < tomorrow) buckets.today.push(task);
    else buckets.upcoming.push(task);
  }
  const byDue = (a: T, b: T) => (a.dueAt ?? 0) - (b.dueAt ?? 0);
  buckets.overdue.sort(byDue);
  buckets.today.sort(byDue);
  buckets.upcoming.sort(byDue);
  return buckets;
}

/**
 * The last millisecond of a business date (`YYYY-MM-DD`) in a time zone: the deadline of a task
 * due "on 5 March" with no time.
 *
 * @example endOfLocalDay("2025-03-05", "Europe/Moscow") // 2025-03-05T20:59:59.999Z
 */
export function endOfLocalDay(date: string, timeZone: string): number {
  const noon = Date.parse(`${date}T12:00:00Z`);
  const localNoon = noon - zoneOffsetMs(noon, timeZone);
  return startOfLocalDay(localNoon + 24 * 3_600_000, timeZone) - 1;
}

/**
 * True when an open task's reminder time has come and it has not fired since: moving
 * `remindAt` after a reminder was sent arms it again.
 */
export function reminderDue(
  task: { remindAt: number | null; remindedAt: number | null; doneAt: number | null },
  now: number,
): boolean {
  if (task.doneAt !== null || task.remindAt === null || task.remindAt > now) return false;
  return task.remindedAt === null || task.remindedAt < task.remindAt;
}
