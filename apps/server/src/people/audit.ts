import { idCursor, likeText, type OrgDatabase } from "@quartet/core";
import { auditLog } from "@quartet/db/org";
import { and, desc, eq, gte, lt, lte, or, type SQL } from "drizzle-orm";
import { z } from "zod";

/** Filters of the audit log browser. */
export const auditFilter = z.object({
  entity: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  actorId: z.string().max(200).optional(),
  /** An action or an action prefix such as `core.member`. */
  action: z.string().max(200).optional(),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  cursor: idCursor("aud").optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

/** Audit records, newest first, with a cursor for the next page. */
export async function listAudit(db: OrgDatabase, input: z.infer<typeof auditFilter>) {
  const where: SQL[] = [];
  if (input.entity) where.push(eq(auditLog.entity, input.entity));
  if (input.entityId) where.push(eq(auditLog.entityId, input.entityId));
  if (input.actorId) where.push(eq(auditLog.actorId, input.actorId));
  if (input.action)
    where.push(
      or(eq(auditLog.action, input.action), likeText(auditLog.action, `${input.action}.`, "prefix")) as SQL,
    );
  if (input.from !== undefined) where.push(gte(auditLog.at, input.from));
  if (input.to !== undefined) where.push(lte(auditLog.at, input.to));
  if (input.cursor) where.push(lt(auditLog.id, input.cursor));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return { items: page, nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}
