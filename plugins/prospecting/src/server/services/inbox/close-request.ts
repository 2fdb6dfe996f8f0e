import { DomainError, type WriteScope } from "@quartet/core";
import { and, eq, sql } from "drizzle-orm";
import { requestTriaged } from "../../../contracts/events.ts";
import { m } from "../../../contracts/messages.ts";
import { type RequestStatus, requests } from "../../../db/requests.ts";
import type { RequestRow } from "./load-request.ts";

/**
 * Moves an untriaged request to its final status inside the transaction, stamping the first
 * human action (speed to lead) if nobody acted before, and emits `prospecting.request.triaged`
 * with it. CONFLICT when someone triaged it meanwhile.
 */
export async function closeRequest(
  scope: WriteScope,
  id: string,
  change: {
    status: Exclude<RequestStatus, "new">;
    by: string;
    now: number;
    clientId?: string | null;
    dismissReason?: string | null;
    note?: string | null;
  },
): Promise<RequestRow> {
  const [row] = await scope.tx
    .update(requests)
    .set({
      status: change.status,
      triagedBy: change.by,
      triageNote: change.note ?? null,
      firstActionAt: sql`coalesce(${requests.firstActionAt}, ${change.now})`,
      ...(change.clientId !== undefined ? { clientId: change.clientId } : {}),
      ...(change.dismissReason !== undefined ? { dismissReason: change.dismissReason } : {}),
      ...(change.status === "qualified" ? { qualifiedAt: change.now, qualifiedBy: change.by } : {}),
    })
    .where(and(eq(requests.id, id), eq(requests.status, "new")))
    .returning();
  if (!row) throw new DomainError("CONFLICT", m.requestTriaged);
  await scope.emit(requestTriaged, {
    requestId: row.id,
    clientId: row.clientId,
    outcome: change.status,
    triagedBy: change.by,
    receivedAt: row.receivedAt,
    triagedAt: change.now,
  });
  return row;
}
