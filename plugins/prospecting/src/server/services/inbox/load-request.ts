import { DomainError, msg, type OrgDatabase } from "@quartet/core";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { type RequestStatus, requests } from "../../../db/requests.ts";

// The catalog key of each status's word («Заявка уже отклонена»).
const statusWords: Record<RequestStatus, string> = {
  new: m.statusNew,
  qualified: m.statusQualified,
  merged: m.statusMerged,
  dismissed: m.statusDismissed,
};

/** A request row. */
export type RequestRow = typeof requests.$inferSelect;

/** The request with `id`, or NOT_FOUND. */
export async function loadRequest(db: OrgDatabase, id: string): Promise<RequestRow> {
  const [row] = await db.select().from(requests).where(eq(requests.id, id));
  if (!row) throw new DomainError("NOT_FOUND", m.noSuchRequest);
  return row;
}

/** Throws CONFLICT unless the request still waits for triage. */
export function assertUntriaged(request: RequestRow): void {
  if (request.status !== "new") {
    throw new DomainError("CONFLICT", m.requestAlready, {
      params: { status: msg(statusWords[request.status]) },
      details: { status: request.status },
    });
  }
}
