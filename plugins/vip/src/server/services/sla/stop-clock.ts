import type { WriteScope } from "@quartet/core";
import { and, eq, isNull } from "drizzle-orm";
import { requests } from "../../../db/schema.ts";

/** Stops a request's clock at `at` (the task done, the handoff decided); a stopped clock keeps its first stop. */
export async function stopClock(scope: WriteScope, requestId: string, at: number): Promise<void> {
  await scope.tx
    .update(requests)
    .set({ respondedAt: at })
    .where(and(eq(requests.id, requestId), isNull(requests.respondedAt)));
}
