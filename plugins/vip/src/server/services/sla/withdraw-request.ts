import type { WriteScope } from "@quartet/core";
import { and, eq, isNull } from "drizzle-orm";
import { requests } from "../../../db/schema.ts";
import { stopClock } from "./stop-clock.ts";

/**
 * A request taken back before anyone answered (its handoff cancelled) is no longer the client's
 * request: untimed, it counts neither as answered nor as breached. One that already breached
 * keeps its breach, and its clock stops so it escalates no further.
 */
export async function withdrawRequest(scope: WriteScope, requestId: string, at: number): Promise<void> {
  const dropped = await scope.tx
    .delete(requests)
    .where(and(eq(requests.id, requestId), isNull(requests.respondedAt), isNull(requests.breachedAt)))
    .returning({ id: requests.id });
  if (dropped.length === 0) await stopClock(scope, requestId, at);
}
