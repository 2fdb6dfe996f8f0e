import { DomainError, type OrgDatabase } from "@quartet/core";
import { eq } from "drizzle-orm";
import { requests } from "../../../db/requests.ts";

/** A request row. */
export type RequestRow = typeof requests.$inferSelect;

/** The request with `id`, or NOT_FOUND. */
export async function loadRequest(db: OrgDatabase, id: string): Promise<RequestRow> {
  const [row] = await db.select().from(requests).where(eq(requests.id, id));
  if (!row) throw new DomainError("NOT_FOUND", "No such request");
  return row;
}

/** Throws CONFLICT unless the request still waits for triage. */
export function assertUntriaged(request: RequestRow): void {
  if (request.status !== "new") {
    throw new DomainError("CONFLICT", `The request is already ${request.status}`, {
      details: { status: request.status },
    });
  }
}
