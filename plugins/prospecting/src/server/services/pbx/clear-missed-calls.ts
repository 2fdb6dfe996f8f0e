import type { WriteScope } from "@quartet/core";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { requests } from "../../../db/requests.ts";

/**
 * A call to `number` got through: the missed calls from it that waited for a callback are called
 * back now (their requests leave the inbox's «Перезвонить» marks). Idempotent.
 */
export async function clearMissedCalls(scope: WriteScope, number: string, now: number): Promise<void> {
  await scope.tx
    .update(requests)
    .set({ calledBackAt: now })
    .where(
      and(eq(requests.contactPhone, number), isNotNull(requests.missedAt), isNull(requests.calledBackAt)),
    );
}
