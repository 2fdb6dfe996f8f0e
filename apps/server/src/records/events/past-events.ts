import { DomainError } from "@quartet/core";
import type { EventDefinition } from "@quartet/core/plugin";
import { outbox } from "@quartet/db/org";
import { and, asc, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Reader } from "../timeline/context.ts";

/** Which page of past events: after an event id, how many, and top-level payload values to match. */
export type PastPage = { after?: string | null; limit: number; match?: Record<string, string> };

const fieldName = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const pageSize = (page: PastPage) => Math.max(1, Math.min(1000, Math.floor(page.limit)));

/**
 * The outbox read of one page of past events: by `core_outbox_name (name, id)`, so a page costs
 * the events of that name after the cursor, not a walk of the whole outbox (one more row than
 * the page, to tell whether another page follows).
 */
export function pastEventsQuery(
  db: Reader,
  event: Pick<EventDefinition<unknown>, "name" | "version">,
  page: PastPage,
) {
  const filters: SQL[] = [eq(outbox.name, event.name), eq(outbox.version, event.version)];
  if (page.after) filters.push(gt(outbox.id, page.after));
  for (const [field, value] of Object.entries(page.match ?? {})) {
    if (!fieldName.test(field)) throw new DomainError("INTERNAL", `Cannot match an event on "${field}"`);
    filters.push(sql`json_extract(${outbox.payload}, ${`$.${field}`}) = ${value}`);
  }
  return db
    .select({ id: outbox.id, payload: outbox.payload, createdAt: outbox.createdAt })
    .from(outbox)
    .where(and(...filters))
    .orderBy(asc(outbox.id))
    .limit(pageSize(page) + 1);
}

/**
 * A page of past events of one contract from the organisation's outbox (see `RecordsPort.events.past`),
 * oldest first; an event whose payload no longer fits the contract's schema is left out.
 */
export async function pastEvents<T>(
  db: Reader,
  event: EventDefinition<T>,
  page: PastPage,
): Promise<{ items: { id: string; payload: T; occurredAt: number }[]; nextCursor: string | null }> {
  const limit = pageSize(page);
  const rows = await pastEventsQuery(db, event, page);
  const items = rows.slice(0, limit).flatMap((row) => {
    const parsed = event.schema.safeParse(row.payload);
    return parsed.success ? [{ id: row.id, payload: parsed.data, occurredAt: row.createdAt }] : [];
  });
  const last = rows[limit - 1];
  return { items, nextCursor: rows.length > limit && last ? last.id : null };
}
