/** The audit browser's filters as the user sets them: text and `YYYY-MM-DD` dates; empty means any. */
export type AuditFilters = { action: string; entity: string; actorId: string; from: string; to: string };

/** No filter at all. */
export const noFilters: AuditFilters = { action: "", entity: "", actorId: "", from: "", to: "" };

/** What `core.audit.list` takes for these filters (without the cursor). */
export type AuditQuery = {
  action?: string;
  entity?: string;
  actorId?: string;
  from?: number;
  to?: number;
  limit: number;
};

const day = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of a `YYYY-MM-DD` day in the viewer's time zone, in UTC milliseconds. */
export function startOfDay(date: string): number | undefined {
  const match = day.exec(date);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

/**
 * The query for a set of filters: blanks dropped, the action trimmed (a prefix such as
 * `core.member` matches its actions), and the date range covering both whole days.
 */
export function auditQuery(filters: AuditFilters, limit = 50): AuditQuery {
  const query: AuditQuery = { limit };
  if (filters.action.trim()) query.action = filters.action.trim();
  if (filters.entity) query.entity = filters.entity;
  if (filters.actorId) query.actorId = filters.actorId;
  const from = startOfDay(filters.from);
  if (from !== undefined) query.from = from;
  const to = startOfDay(filters.to);
  if (to !== undefined) {
    const next = new Date(to);
    next.setDate(next.getDate() + 1);
    query.to = next.getTime() - 1;
  }
  return query;
}

/** True when any filter is set. */
export function hasFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some((value) => value !== "");
}
